#include "area_join.hpp"

#include <algorithm>
#include <cmath>

namespace ta {

std::vector<int> joinPointsToAreas(const std::vector<Vec2>& points, const std::vector<Feature>& areas) {
    std::vector<int> out(points.size(), -1);
    for (size_t p = 0; p < points.size(); ++p) {
        for (size_t a = 0; a < areas.size(); ++a) {
            if (contains(areas[a], points[p])) {
                out[p] = static_cast<int>(a);
                break;
            }
        }
    }
    return out;
}

namespace {

double signedArea(const Ring& r) {
    double a = 0;
    for (size_t i = 0, j = r.size() - 1; i < r.size(); j = i++) a += (r[j].x * r[i].y - r[i].x * r[j].y);
    return a / 2;
}

Vec2 centroid(const Ring& r) {
    double a = 0, cx = 0, cy = 0;
    for (size_t i = 0, j = r.size() - 1; i < r.size(); j = i++) {
        const double cross = r[j].x * r[i].y - r[i].x * r[j].y;
        a += cross;
        cx += (r[j].x + r[i].x) * cross;
        cy += (r[j].y + r[i].y) * cross;
    }
    if (std::abs(a) < 1e-12) return r.empty() ? Vec2{} : r.front();
    return {cx / (3 * a), cy / (3 * a)};
}

}  // namespace

Vec2 interiorPoint(const Feature& feature) {
    if (feature.polygons.empty()) {
        if (!feature.points.empty()) return feature.points.front();
        if (!feature.lines.empty() && !feature.lines.front().empty()) return feature.lines.front()[feature.lines.front().size() / 2];
        return feature.bounds.center();
    }
    const Polygon* largest = &feature.polygons.front();
    for (const Polygon& p : feature.polygons)
        if (std::abs(signedArea(p.outer)) > std::abs(signedArea(largest->outer))) largest = &p;
    const Vec2 c = centroid(largest->outer);
    if (contains(*largest, c)) return c;
    // Concave shape: take the widest inside span of the horizontal line through the centroid.
    const double y = c.y;
    std::vector<double> xs;
    auto cross = [&](const Ring& r) {
        for (size_t i = 0, j = r.size() - 1; i < r.size(); j = i++)
            if ((r[i].y > y) != (r[j].y > y)) xs.push_back(r[i].x + (y - r[i].y) * (r[j].x - r[i].x) / (r[j].y - r[i].y));
    };
    cross(largest->outer);
    for (const Ring& h : largest->holes) cross(h);
    std::sort(xs.begin(), xs.end());
    double best = -1;
    Vec2 point = largest->outer.front();
    for (size_t i = 0; i + 1 < xs.size(); i += 2)
        if (xs[i + 1] - xs[i] > best) {
            best = xs[i + 1] - xs[i];
            point = {(xs[i] + xs[i + 1]) / 2, y};
        }
    return point;
}

}  // namespace ta
