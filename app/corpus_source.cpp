#include "corpus_source.hpp"

#include "error.hpp"
#include "load_corpus.hpp"
#include "store.hpp"

#include <cstdlib>
#include <filesystem>

namespace ta {
namespace fs = std::filesystem;

std::optional<corpus::Corpus> loadProgramCorpus(const std::string& explicitDb, std::vector<std::string>& messages) {
    if (explicitDb == "none") return std::nullopt;  // the base map alone (tests, other data)
    if (!explicitDb.empty()) return corpus::loadDatabase(explicitDb);
    std::vector<fs::path> databases;
    if (const char* env = std::getenv("TRUCE_ATLAS_CORPUS"); env && *env) databases.emplace_back(env);
    databases.emplace_back(TA_DEFAULT_CORPUS_DB);
    for (const fs::path& db : databases) {
        std::error_code ec;
        if (!fs::exists(db, ec)) continue;
        try {
            return corpus::loadDatabase(db);
        } catch (const std::exception& e) {
            messages.push_back(std::string("corpus database not usable: ") + e.what());
        }
    }
    try {
        corpus::LoadResult result = corpus::loadCorpus(TA_CORPUS_SOURCE_DIR);
        if (result.corpus) return std::move(*result.corpus);
        messages.push_back(std::string("corpus sources in ") + TA_CORPUS_SOURCE_DIR + " have " +
                           std::to_string(result.diagnostics.size()) + " problems (truce-atlas corpus validate)");
    } catch (const std::exception& e) {
        messages.push_back(std::string("corpus not loaded: ") + e.what());
    }
    return std::nullopt;
}

}  // namespace ta
