#include "atomic_file.hpp"
#include "error.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {
fs::path freshDir(const char* name) {
    fs::path dir = fs::temp_directory_path() / ("ta_atomic_" + std::string(name) + "_" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}
std::string slurp(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
}  // namespace

TEST(AtomicFile, ReplacesContentAndLeavesNoTemporary) {
    const fs::path dir = freshDir("replace");
    ta::writeFileAtomically(dir / "a.txt", "old");
    ta::writeFileAtomically(dir / "a.txt", "new");
    EXPECT_EQ(slurp(dir / "a.txt"), "new");
    EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1);
}

TEST(AtomicFile, AbandonedWriteKeepsTheOldFile) {
    const fs::path dir = freshDir("abandon");
    ta::writeFileAtomically(dir / "keep.txt", "good");
    {
        ta::AtomicFile f(dir / "keep.txt");
        std::ofstream(f.tempPath()) << "half-writ";
        // no commit: as if an error was thrown mid-way
    }
    EXPECT_EQ(slurp(dir / "keep.txt"), "good");
    EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1);
}

TEST(AtomicFile, UnwritableDestinationIsNamed) {
    try {
        ta::checkWritableDestination("/nonexistent-dir/x.png");
        FAIL() << "expected an error";
    } catch (const ta::Error& e) {
        EXPECT_NE(std::string(e.what()).find("/nonexistent-dir"), std::string::npos) << e.what();
    }
}
