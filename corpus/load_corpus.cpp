#include "load_corpus.hpp"

#include "source_loader.hpp"
#include "validator.hpp"

namespace ta::corpus {

LoadResult loadCorpus(const std::filesystem::path& dir) {
    LoadedSources sources = loadSources(dir);
    validateCorpus(sources.data, sources.lines, sources.diagnostics);
    LoadResult result;
    result.diagnostics = std::move(sources.diagnostics);
    result.files = std::move(sources.files);
    if (result.diagnostics.empty()) result.corpus.emplace(std::move(sources.data));
    return result;
}

}  // namespace ta::corpus
