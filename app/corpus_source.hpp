#pragma once
// Finds and loads the corpus the program shows: --corpus DB if given, else the database built with
// the program, else the TOML sources it was built from.

#include "model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ta {

/// `explicitDb` "none" loads nothing. Throws ta::Error when an explicitly given database cannot be read. Without one, falls back as
/// above and reports each failed attempt in `messages`; returns nullopt when nothing could be loaded.
std::optional<corpus::Corpus> loadProgramCorpus(const std::string& explicitDb, std::vector<std::string>& messages);

}  // namespace ta
