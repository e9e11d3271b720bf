#pragma once
// A fresh directory under the system's temporary directory for one test, removed with everything in
// it when the object goes. Files a test made read-only are made writable first, so they go too.

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>
#include <system_error>

namespace ta::test {

class TempDir {
public:
    /// `prefix` names the test in the directory's name (ta-PREFIX-RANDOM), to tell leftovers apart.
    explicit TempDir(const std::string& prefix = "test") {
        std::random_device rd;
        m_path = std::filesystem::temp_directory_path() / ("ta-" + prefix + "-" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(m_path);
    }
    ~TempDir() {
        namespace fs = std::filesystem;
        std::error_code ec;
        for (auto it = fs::recursive_directory_iterator(m_path, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
            fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ec);
        fs::permissions(m_path, fs::perms::owner_all, fs::perm_options::add, ec);
        fs::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    /// The path of `rel` inside the directory, as messages show it.
    std::string file(const std::string& rel) const { return (m_path / rel).lexically_normal().string(); }
    /// Writes `text` to `rel` (creating directories) and returns its path as messages show it.
    std::string write(const std::string& rel, std::string_view text) const {
        const std::filesystem::path p = (m_path / rel).lexically_normal();
        std::filesystem::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << text;
        return p.string();
    }

private:
    std::filesystem::path m_path;
};

}  // namespace ta::test
