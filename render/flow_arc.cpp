#include "flow_arc.hpp"

#include <algorithm>

namespace ta {

FlowArc flowArc(Vec2 from, Vec2 to, double bulge, int segments) {
    FlowArc arc;
    const Vec2 chord = to - from;
    const double chordLength = length(chord);
    if (chordLength <= 0 || segments < 1) {
        arc.points = {from};
        arc.along = {0};
        return arc;
    }
    // Left normal of the direction of travel.
    const Vec2 left{-chord.y / chordLength, chord.x / chordLength};
    const Vec2 control = from + chord * 0.5 + left * (bulge * chordLength);
    arc.points.reserve(static_cast<size_t>(segments) + 1);
    arc.along.reserve(static_cast<size_t>(segments) + 1);
    for (int i = 0; i <= segments; ++i) {
        const double t = static_cast<double>(i) / segments, u = 1 - t;
        const Vec2 p = from * (u * u) + control * (2 * u * t) + to * (t * t);
        arc.along.push_back(arc.points.empty() ? 0 : arc.along.back() + length(p - arc.points.back()));
        arc.points.push_back(p);
    }
    arc.length = arc.along.back();
    return arc;
}

Vec2 pointAlong(const FlowArc& arc, double fraction) {
    if (arc.points.empty()) return {};
    if (arc.points.size() == 1 || arc.length <= 0) return arc.points.front();
    const double target = std::clamp(fraction, 0.0, 1.0) * arc.length;
    const auto it = std::lower_bound(arc.along.begin(), arc.along.end(), target);
    if (it == arc.along.begin()) return arc.points.front();
    if (it == arc.along.end()) return arc.points.back();
    const size_t i = static_cast<size_t>(it - arc.along.begin());
    const double span = arc.along[i] - arc.along[i - 1];
    const double t = span > 0 ? (target - arc.along[i - 1]) / span : 0;
    return arc.points[i - 1] + (arc.points[i] - arc.points[i - 1]) * t;
}

}  // namespace ta
