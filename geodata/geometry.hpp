#pragma once
// Plain geometry in the map's projected plane (metres). No GDAL, no GL: every module can use it.

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace ta {

struct Vec2 {
    double x = 0, y = 0;
    friend Vec2 operator+(Vec2 a, Vec2 b) { return {a.x + b.x, a.y + b.y}; }
    friend Vec2 operator-(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }
    friend Vec2 operator*(Vec2 a, double s) { return {a.x * s, a.y * s}; }
    friend bool operator==(Vec2, Vec2) = default;
};

inline double length(Vec2 v) { return std::hypot(v.x, v.y); }

struct BBox {
    double minX = std::numeric_limits<double>::infinity();
    double minY = std::numeric_limits<double>::infinity();
    double maxX = -std::numeric_limits<double>::infinity();
    double maxY = -std::numeric_limits<double>::infinity();

    bool empty() const { return minX > maxX || minY > maxY; }
    void extend(Vec2 p) {
        minX = std::min(minX, p.x); minY = std::min(minY, p.y);
        maxX = std::max(maxX, p.x); maxY = std::max(maxY, p.y);
    }
    void extend(const BBox& b) {
        if (b.empty()) return;
        extend(Vec2{b.minX, b.minY});
        extend(Vec2{b.maxX, b.maxY});
    }
    bool contains(Vec2 p) const { return p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY; }
    bool intersects(const BBox& b) const { return !(b.minX > maxX || b.maxX < minX || b.minY > maxY || b.maxY < minY); }
    Vec2 center() const { return {(minX + maxX) / 2, (minY + maxY) / 2}; }
    double width() const { return maxX - minX; }
    double height() const { return maxY - minY; }
};

using Ring = std::vector<Vec2>;      // closed implicitly: last point != first point
struct Polygon {
    Ring outer;
    std::vector<Ring> holes;
};

/// Triangles of a filled area: vertices in projected metres, three indices per triangle.
struct TriangleMesh {
    std::vector<Vec2> vertices;
    std::vector<uint32_t> indices;
};

/// One feature of a vector layer, projected.
struct Feature {
    std::string id;       // stable key (pcode, ISO code or the name)
    std::string nameEn;
    std::string nameAr;
    std::vector<Polygon> polygons;
    std::vector<Ring> lines;    // open polylines
    std::vector<Vec2> points;
    BBox bounds;
    std::vector<std::string> attributes;  // values of the layer's extra fields (fill=, label=), in order
};

/// Even-odd point-in-polygon over the outer ring and its holes.
bool contains(const Polygon& polygon, Vec2 p);
bool contains(const Feature& feature, Vec2 p);

}  // namespace ta
