#pragma once
// Reads the corpus sources: every *.toml under a directory (recursively, in path order so that
// results do not depend on the file system), into the model. Content problems never throw: they
// are collected as diagnostics and loading goes on, so that one run reports them all.

#include "diagnostics.hpp"
#include "model.hpp"
#include "source_lines.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace ta::corpus {

/// Sources above this size are rejected without being read (a case file is a few tens of KiB).
inline constexpr std::uintmax_t kMaxSourceBytes = 4u << 20;

struct LoadedSources {
    CorpusData data;
    Diagnostics diagnostics;
    SourceLines lines;               // where each key was written, for later checks
    std::vector<std::string> files;  // as shown in messages
};

/// The *.toml files under `dir` (hidden files and directories skipped), sorted by path.
/// Throws ta::Error when `dir` is not a readable directory.
std::vector<std::filesystem::path> listSourceFiles(const std::filesystem::path& dir);

/// Loads every source under `dir`. Throws ta::Error only when `dir` itself cannot be listed.
LoadedSources loadSources(const std::filesystem::path& dir);

/// Parses one source already in memory (checks UTF-8, then TOML) and appends what it defines.
/// `name` is the file name used in messages. Never throws; safe on arbitrary bytes (fuzz target).
void loadSourceText(std::string_view bytes, const std::string& name, CorpusData& data, ReadContext& ctx);

}  // namespace ta::corpus
