#pragma once
// Prepared layers cached on disk, keyed by the SHA-256 of the source file's bytes together with
// everything else that shapes the result (layer, fields, filters, projection, tolerances, format
// version), so a changed file or option never reads a stale entry and the second start skips
// GDAL, PROJ, GEOS and the triangulation. Entries are written atomically; a damaged entry is
// ignored (and rewritten), never trusted.

#include "prepared_layer.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace ta {

struct GeometryCache {
    std::filesystem::path dir;  // empty: caching off
    size_t maxEntries = 64;     // older entries are removed when a new one is written

    /// $TRUCE_ATLAS_GEOMETRY_CACHE, else $XDG_CACHE_HOME/truce-atlas/geometry, else
    /// ~/.cache/truce-atlas/geometry; off when TRUCE_ATLAS_GEOMETRY_CACHE is "off" or no home is known.
    static GeometryCache standard();
    bool enabled() const { return !dir.empty(); }
};

/// Hex SHA-256 of the source's bytes: the file (through GDAL's virtual file systems, so /vsizip/
/// paths hash the member), a shapefile's sidecar files (.shx .dbf .prj .cpg), or every file of a
/// directory source. Empty when the source cannot be read as files (then nothing is cached).
std::string sourceContentHash(const std::string& path);

/// The cache key: hex SHA-256 of the content hash and every option that changes the result.
std::string geometryCacheKey(const std::string& contentHash, const LayerSpec& spec, const LoadOptions& options,
                             const std::vector<double>& tolerancesM, const std::string& projection);

std::string serializePreparedLayer(const PreparedLayer& layer);
/// Nullopt (and `why`) for truncated, foreign or other-version data.
std::optional<PreparedLayer> deserializePreparedLayer(std::string_view bytes, std::string* why = nullptr);

/// The entry for `key`, or nullopt when absent or unusable (`why` says which, empty when absent).
std::optional<PreparedLayer> readCachedLayer(const GeometryCache& cache, const std::string& key, std::string* why = nullptr);
/// Writes atomically, then prunes the oldest entries beyond cache.maxEntries. Throws ta::Error.
void writeCachedLayer(const GeometryCache& cache, const std::string& key, const PreparedLayer& layer);

}  // namespace ta
