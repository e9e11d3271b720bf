#include "layer_source.hpp"

#include <exception>

namespace ta {

PreparedLayer loadPreparedLayer(const LayerSpec& spec, const Projection& projection, const LoadOptions& options,
                                const GeometryCache& cache, const std::vector<double>& tolerancesM) {
    std::string key;
    std::string cacheProblem;
    if (cache.enabled()) {
        if (const std::string hash = sourceContentHash(spec.path); !hash.empty()) {
            key = geometryCacheKey(hash, spec, options, tolerancesM, Projection::proj4());
            if (std::optional<PreparedLayer> hit = readCachedLayer(cache, key, &cacheProblem)) return std::move(*hit);
        }
    }
    PreparedLayer prepared = prepareLayer(loadVectorLayer(spec, projection, options), tolerancesM);
    // Warnings about the cache describe this run only: they are added after the entry is written.
    std::string writeProblem;
    if (!key.empty()) {
        try {
            writeCachedLayer(cache, key, prepared);
        } catch (const std::exception& e) {
            writeProblem = e.what();
        }
    }
    if (!cacheProblem.empty()) prepared.layer.warnings.push_back("geometry cache entry not usable (" + cacheProblem + "), rebuilt");
    if (!writeProblem.empty()) prepared.layer.warnings.push_back("geometry cache not written: " + writeProblem);
    return prepared;
}

}  // namespace ta
