#pragma once
// The whole path from a user's layer spec to drawable geometry: read through GDAL, project with
// PROJ, repair, simplify and triangulate with GEOS, or take all of it from the on-disk cache when
// the source's bytes have not changed.

#include "geometry_cache.hpp"
#include "prepared_layer.hpp"

namespace ta {

/// Throws ta::Error naming the source (see loadVectorLayer). Cache problems never fail a load:
/// they become warnings in the result.
PreparedLayer loadPreparedLayer(const LayerSpec& spec, const Projection& projection, const LoadOptions& options = {},
                                const GeometryCache& cache = {}, const std::vector<double>& tolerancesM = kDefaultTolerancesM);

}  // namespace ta
