#pragma once
// The one call most users need: read the sources under a directory, validate them, and get either
// a Corpus or the list of problems.

#include "diagnostics.hpp"
#include "model.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ta::corpus {

struct LoadResult {
    std::optional<Corpus> corpus;  // set only when there are no diagnostics
    Diagnostics diagnostics;
    std::vector<std::string> files;
};

/// Throws ta::Error only when `dir` cannot be listed; every content problem is a diagnostic.
LoadResult loadCorpus(const std::filesystem::path& dir);

}  // namespace ta::corpus
