#include "scene_builder.hpp"

#include <algorithm>
#include <cmath>

namespace ta {

namespace {

float markerRadius(const Style& style, float magnitude) {
    // Area grows with the number of people moved: radius ~ sqrt(people), capped for legibility.
    if (magnitude <= 0) return style.placeRadiusPx;
    return std::min(style.placeRadiusPx + 1.1f * std::sqrt(magnitude / 100.f), style.placeRadiusPx * 4.f);
}

}  // namespace

Scene buildScene(const MapData& data, const SceneInputs& inputs, const Style& style) {
    Scene scene;
    scene.background = style.sea;

    for (const MapArea& a : data.neighbours) scene.fills.push_back({a.mesh, style.neighbourFill});
    for (const MapArea& a : data.syria) scene.fills.push_back({a.mesh, style.syriaFill});
    for (size_t i = 0; i < data.boundaries.size(); ++i) {
        const bool hovered = static_cast<int>(i) == inputs.hoveredBoundary;
        const Rgba base = i % 2 ? style.boundaryFillB : style.boundaryFillA;
        scene.fills.push_back({data.boundaries[i].mesh, hovered ? style.hoverFill : base});
    }

    for (const MapArea& a : data.neighbours) scene.lines.push_back({a.outline, true, style.neighbourOutlinePx, style.neighbourOutline});
    for (const MapArea& a : data.boundaries) scene.lines.push_back({a.outline, true, style.boundaryOutlinePx, style.boundaryOutline});
    for (const MapArea& a : data.syria) scene.lines.push_back({a.outline, true, style.syriaOutlinePx, style.syriaOutline});
    if (inputs.selectedBoundary >= 0 && inputs.selectedBoundary < static_cast<int>(data.boundaries.size()))
        scene.lines.push_back({data.boundaries[static_cast<size_t>(inputs.selectedBoundary)].outline, true, 2.5f, style.selectedOutline});

    // Larger symbols first so small ones stay visible on top.
    std::vector<const PlaceSymbol*> order;
    for (const PlaceSymbol& p : inputs.places) order.push_back(&p);
    std::stable_sort(order.begin(), order.end(), [](auto* a, auto* b) { return a->magnitude > b->magnitude; });
    for (const PlaceSymbol* p : order) {
        const float t = std::clamp(p->transition, 0.f, 1.f);
        const Rgba color = mix(style.statusColor(p->previousStatus), style.statusColor(p->status), t);
        const float pulse = 1.f + 0.6f * std::sin(t * 3.14159265f);  // swells once while changing
        Marker m;
        m.position = p->position;
        m.radiusPx = markerRadius(style, p->magnitude) * pulse;
        m.fill = color;
        m.stroke = p->selected ? style.selectedOutline : style.placeStroke;
        m.strokePx = p->selected ? 2.5f : style.placeStrokePx;
        scene.markers.push_back(m);
    }
    return scene;
}

}  // namespace ta
