#pragma once
// Which area holds each point: the join of the corpus's places to sub-districts (or any level).
// Pure and GPU-free, so tests run it on the real boundaries.

#include "geometry.hpp"

#include <vector>

namespace ta {

/// For each point, the index into `areas` of the first area whose polygons contain it (holes
/// respected), or -1 when none does.
std::vector<int> joinPointsToAreas(const std::vector<Vec2>& points, const std::vector<Feature>& areas);

/// A point inside the feature's largest polygon (the centroid when it falls inside, else a
/// point found along the polygon's middle row). For labels and joins of areas to coarser levels.
Vec2 interiorPoint(const Feature& feature);

}  // namespace ta
