#pragma once
// Writing files people keep without ever leaving a torn one: write to a temporary file beside the
// target, flush it to disk, then rename it over the target (atomic on POSIX file systems).

#include <filesystem>
#include <functional>
#include <string_view>

namespace ta {

/// A temporary file next to `target` that becomes `target` only on commit(). If the object is
/// destroyed without commit() (error, exception), the temporary file is removed and `target` is
/// left as it was.
class AtomicFile {
public:
    explicit AtomicFile(std::filesystem::path target);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    /// Where to write the content (a sibling of the target, "<name>.tmp-<pid>-<n>").
    const std::filesystem::path& tempPath() const { return m_temp; }
    const std::filesystem::path& target() const { return m_target; }

    /// fsync the temporary file, rename it onto the target, fsync the directory. Throws ta::Error.
    void commit();

private:
    std::filesystem::path m_target;
    std::filesystem::path m_temp;
    bool m_committed = false;
};

/// Convenience: the whole content at once.
void writeFileAtomically(const std::filesystem::path& target, std::string_view content);

/// Throws ta::Error naming `path` if its directory does not exist or is not writable; lets commands
/// fail before doing expensive work.
void checkWritableDestination(const std::filesystem::path& path);

}  // namespace ta
