#pragma once
// What to draw, as plain data: no GL, no GDAL. Built by scene_builder (a pure function) and
// consumed by the renderer, which uploads only what changed since the last scene.

#include "flow_arc.hpp"
#include "geometry.hpp"

#include <cstdint>
#include <limits>
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

/// The scales (metres per logical pixel) at which an item is drawn: lo < mpp <= hi. The renderer
/// checks it at draw time, so zooming never rebuilds the scene (administrative levels by zoom).
struct ScaleRange {
    double lo = 0;
    double hi = std::numeric_limits<double>::infinity();
    bool contains(double metresPerPixel) const { return metresPerPixel > lo && metresPerPixel <= hi; }
    friend bool operator==(const ScaleRange&, const ScaleRange&) = default;
};

struct FillItem {
    SharedMesh mesh;
    Rgba color;
    std::vector<SharedMesh> lods;  // simplified meshes by Scene::lodTolerancesM ([0] full detail); empty: `mesh` always
    ScaleRange scales;
};

struct LineItem {
    SharedRings rings;      // closed rings (outlines) or open polylines
    bool closed = true;
    float widthPx = 1;      // in logical pixels: constant on screen at every zoom
    Rgba color;
    std::vector<SharedRings> lods;  // simplified rings by Scene::lodTolerancesM; empty: `rings` always
    ScaleRange scales;
};

struct Marker {
    Vec2 position;          // map metres
    float radiusPx = 4;
    Rgba fill;
    Rgba stroke;
    float strokePx = 1;
    int place = -1;         // index into the corpus's places when the marker stands for one
};

/// A translucent area hatched with diagonal stripes (de-escalation and demilitarised zones). The
/// stripes are laid out in screen space, so they keep their spacing at every zoom.
struct HatchFill {
    SharedMesh mesh;
    Rgba color;             // stripes; the area gets a faint wash of the same colour
    float opacity = 1;      // fades the whole zone in and out
    float angleDeg = 45;    // stripe direction, counter-clockwise from the x axis
    float spacingPx = 7;    // stripe period, logical pixels
};

/// An evacuation arc: a polyline from origin to destination, drawn growing from the origin as
/// `progress` runs 0..1, with dashes that travel towards the destination as it advances.
struct FlowItem {
    std::shared_ptr<const FlowArc> arc;  // map metres, origin first (flow_arc.hpp), shared per corpus
    float widthPx = 2;
    Rgba color;
    float progress = 1;     // 0..1 (a function of the date, so recordings are deterministic)
    float alpha = 1;
};

/// Horizontal alignment of a label that is not placed beside a symbol (overlays).
enum class TextAlign : uint8_t { Left, Centre, Right };

/// A line of text anchored on the map. Labels that collide compete for space in priority order
/// (label_placement.hpp); the others (overlays) are always drawn.
struct Label {
    Vec2 anchor;                  // map metres
    std::string text;             // UTF-8, logical order (Arabic as typed)
    float sizePx = 12;            // em size, logical pixels
    Rgba color;
    Rgba halo;
    float haloPx = 1.5f;          // halo width, logical pixels
    float offsetPx = 0;           // 0: on the anchor (see align); >0: beside a symbol, this far away
    float symbolPx = 0;           // radius of the symbol it names (kept clear of other labels)
    float priority = 0;           // higher is placed first
    ScaleRange scales;            // zoom buckets it may show at
    bool collides = true;
    bool preferLeft = false;      // beside a symbol: try the left side first (Arabic)
    TextAlign align = TextAlign::Centre;
    friend bool operator==(const Label&, const Label&) = default;
};

/// Everything drawn in one pass, in this order: fills, zones, lines, flows, markers, labels.
struct SceneLayer {
    std::vector<FillItem> fills;
    std::vector<HatchFill> zones;
    std::vector<LineItem> lines;
    std::vector<FlowItem> flows;
    std::vector<Marker> markers;
    std::vector<Label> labels;
};

struct EventPoints;  // geodata/event_points.hpp

/// A dated point layer (--layer ...,time=FIELD): the points of [day - windowDays, day], fading with
/// age. The points are compared by pointer, so a new day re-sends nothing.
struct EventItem {
    std::shared_ptr<const EventPoints> points;
    double day = 0;               // fractional day of the frame
    double windowDays = 30;
    Rgba color;
    float radiusPx = 1.5f;        // logical pixels
    float oldestAlpha = 0.2f;     // opacity of an event windowDays old (a new one is opaque)
};

/// The map. Overlays (title, legend, scale bar...) are a second SceneLayer laid out for one camera
/// (overlay_layout.hpp) and handed to Renderer::uploadOverlay.
struct Scene : SceneLayer {
    Rgba background;              // the sea / outside the data
    std::vector<double> lodTolerancesM;  // simplification tolerance of each level of detail (FillItem::lods)
    std::vector<EventItem> events;  // drawn after the flows, under the markers
};

}  // namespace ta
