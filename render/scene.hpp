#pragma once
// What to draw, as plain data: no GL, no GDAL. Built by scene_builder (a pure function) and
// consumed by the renderer, which uploads only what changed since the last scene.

#include "geometry.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ta {

struct Rgba {
    float r = 0, g = 0, b = 0, a = 1;
    friend bool operator==(const Rgba&, const Rgba&) = default;
    Rgba withAlpha(float alpha) const { return {r, g, b, alpha}; }
};

/// "#rrggbb" or "#rrggbbaa"; black on malformed input (colours are compiled in, not user input).
Rgba rgbaFromHex(const char* hex);
Rgba mix(Rgba a, Rgba b, float t);
uint32_t packRgba8(Rgba c);

/// Static geometry shared between scenes (triangulated once per data set); compared by pointer.
using SharedMesh = std::shared_ptr<const TriangleMesh>;
using SharedRings = std::shared_ptr<const std::vector<Ring>>;

struct FillItem {
    SharedMesh mesh;
    Rgba color;
};

struct LineItem {
    SharedRings rings;      // closed rings (outlines) or open polylines
    bool closed = true;
    float widthPx = 1;      // in logical pixels: constant on screen at every zoom
    Rgba color;
};

struct Marker {
    Vec2 position;          // map metres
    float radiusPx = 4;
    Rgba fill;
    Rgba stroke;
    float strokePx = 1;
};

struct Scene {
    Rgba background;              // the sea / outside the data
    std::vector<FillItem> fills;  // drawn in order
    std::vector<LineItem> lines;  // drawn after the fills, in order
    std::vector<Marker> markers;  // drawn last
};

}  // namespace ta
