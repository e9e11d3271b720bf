#include "geometry.hpp"

namespace ta {

namespace {
bool ringContains(const Ring& ring, Vec2 p) {
    bool inside = false;
    for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const Vec2 a = ring[i], b = ring[j];
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) inside = !inside;
    }
    return inside;
}
}  // namespace

bool contains(const Polygon& polygon, Vec2 p) {
    if (polygon.outer.size() < 3 || !ringContains(polygon.outer, p)) return false;
    for (const Ring& hole : polygon.holes)
        if (hole.size() >= 3 && ringContains(hole, p)) return false;
    return true;
}

bool contains(const Feature& feature, Vec2 p) {
    if (!feature.bounds.contains(p)) return false;
    for (const Polygon& poly : feature.polygons)
        if (contains(poly, p)) return true;
    return false;
}

}  // namespace ta
