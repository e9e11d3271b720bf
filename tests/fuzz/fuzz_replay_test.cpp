// Replays every seed input and every crash found by fuzzing (tests/fuzz/regressions/<target>/)
// through the fuzz targets, in the normal test suite: a crash found once stays fixed. The real
// corpus sources and the shipped tours are replayed too. A broken invariant aborts the process; the
// line printed last names the input.

#include "fuzz_targets.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

using Target = int (*)(const uint8_t*, size_t);

const fs::path kSource = TA_SOURCE_DIR;

std::vector<fs::path> filesUnder(const fs::path& dir, const std::string& extension = "") {
    std::vector<fs::path> files;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return files;
    for (const auto& entry : fs::recursive_directory_iterator(dir))
        if (entry.is_regular_file() && (extension.empty() || entry.path().extension() == extension)) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

// Seeds and regressions of `name`, plus `extra` files; returns how many were replayed.
size_t replay(const std::string& name, Target target, const std::vector<fs::path>& extra = {}) {
    std::vector<fs::path> inputs = filesUnder(kSource / "tests/fuzz/seeds" / name);
    const std::vector<fs::path> regressions = filesUnder(kSource / "tests/fuzz/regressions" / name);
    inputs.insert(inputs.end(), regressions.begin(), regressions.end());
    inputs.insert(inputs.end(), extra.begin(), extra.end());
    for (const fs::path& path : inputs) {
        std::fprintf(stderr, "replaying %s\n", path.c_str());
        std::ifstream in(path, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        target(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
    }
    return inputs.size();
}

}  // namespace

TEST(FuzzReplay, CorpusSource) {
    const auto real = filesUnder(kSource / "corpus/data", ".toml");
    EXPECT_FALSE(real.empty()) << "no corpus sources under corpus/data";
    EXPECT_GT(replay("corpus_source", ta::fuzz::corpusSource, real), real.size());
}

TEST(FuzzReplay, PartialDate) { EXPECT_GT(replay("partial_date", ta::fuzz::partialDate), 0u); }

TEST(FuzzReplay, SearchQuery) { EXPECT_GT(replay("search_query", ta::fuzz::searchQuery), 0u); }

TEST(FuzzReplay, TourFile) { EXPECT_GT(replay("tour_file", ta::fuzz::tourFile, filesUnder(kSource / "tours", ".tour")), 0u); }

// The invariant checks themselves must be able to fail, or the replays above prove nothing.
TEST(FuzzReplay, BrokenInvariantAborts) { EXPECT_DEATH(ta::fuzz::require(false, "on purpose"), "fuzz invariant broken: on purpose"); }
