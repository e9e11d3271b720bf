#pragma once
// The geometry of an evacuation arc: a quadratic Bézier from origin to destination, bulging to the
// left of the direction of travel, so that flows A->B and B->A do not lie on top of each other and
// a straight chord never hides under the boundary lines. Pure, for tests.

#include "geometry.hpp"

#include <vector>

namespace ta {

inline constexpr double kFlowBulge = 0.18;   // control point offset, in chord lengths
inline constexpr int kFlowArcSegments = 48;

struct FlowArc {
    std::vector<Vec2> points;      // origin first, destination last
    std::vector<double> along;     // arc length from the origin to each point, metres
    double length = 0;             // total arc length
};

/// The arc from `from` to `to`; `bulge` > 0 bends to the left of travel. A zero-length chord gives
/// a single point.
FlowArc flowArc(Vec2 from, Vec2 to, double bulge = kFlowBulge, int segments = kFlowArcSegments);

/// The point a `fraction` (0..1, clamped) of the arc length from the origin.
Vec2 pointAlong(const FlowArc& arc, double fraction);

}  // namespace ta
