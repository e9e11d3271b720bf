#pragma once
// The schematic outline of a de-escalation or demilitarised zone. The study gives no boundaries,
// only the places in a zone; the map shows the convex hull of those places widened by a display
// radius (Zone::buffer_km), which the legend marks as schematic. Deterministic: the same places
// always give the same shape, so it is computed once per corpus.

#include "geometry.hpp"

#include <vector>

namespace ta {

/// GEOS buffer (round joins and caps) of the convex hull of `points`: one point gives a disc, two
/// a capsule. Points are in the map plane (metres). Empty for no points or a radius <= 0.
std::vector<Polygon> schematicZone(const std::vector<Vec2>& points, double bufferMetres);

}  // namespace ta
