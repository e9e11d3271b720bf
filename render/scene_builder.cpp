#include "scene_builder.hpp"

#include "label_builder.hpp"
#include "story_layers.hpp"

#include <algorithm>
#include <cmath>

namespace ta {

namespace {

float markerRadius(const Style& style, float magnitude) {
    // Area grows with the number of people moved: radius ~ sqrt(people), capped for legibility.
    if (magnitude <= 0) return style.placeRadiusPx;
    return std::min(style.placeRadiusPx + 1.1f * std::sqrt(magnitude / 100.f), style.placeRadiusPx * 4.f);
}

// Places: only those the corpus mentions in an event by the date (or ever, dimmed, before).
void appendPlaceMarkers(const SceneInputs& inputs, const Style& style, Scene& scene) {
    const CorpusView& view = inputs.corpus;
    if (!view.corpus || !view.state || !view.geometry) return;
    const auto& places = view.corpus->places();
    std::vector<size_t> order;
    for (size_t i = 0; i < places.size() && i < view.state->places.size(); ++i)
        if (!view.corpus->eventsOfPlace(i).empty()) order.push_back(i);
    // Larger symbols first so that small ones stay visible on top.
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return view.state->places[a].magnitude > view.state->places[b].magnitude; });
    for (size_t i : order) {
        const corpus::PlaceState& ps = view.state->places[i];
        const double sinceDays = view.day - ps.since.n;
        const float t = static_cast<float>(std::clamp(sinceDays / kStatusTransitionDays, 0.0, 1.0));
        const Rgba from = style.statusColor(corpus::statusId(ps.previous));
        const Rgba to = style.statusColor(corpus::statusId(ps.status));
        const float pulse = 1.f + 0.6f * std::sin(t * 3.14159265f);  // swells once while changing
        const bool selected = static_cast<int>(i) == inputs.selectedPlace;
        const bool hovered = static_cast<int>(i) == inputs.hoveredPlace;
        Marker m;
        m.position = view.geometry->places[i];
        m.radiusPx = markerRadius(style, static_cast<float>(ps.magnitude)) * pulse * (hovered ? 1.3f : 1.f);
        m.fill = mix(from, to, t);
        m.stroke = selected ? style.selectedOutline : style.placeStroke;
        m.strokePx = selected ? 2.5f : style.placeStrokePx;
        m.place = static_cast<int>(i);
        scene.markers.push_back(m);
    }
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

    appendPlaceMarkers(inputs, style, scene);
    appendZones(inputs, style, scene);
    appendFlows(inputs, style, scene);
    if (inputs.labels) {
        appendAreaLabels(data, inputs, style, scene);
        appendPlaceLabels(inputs, style, scene);
    }
    return scene;
}

}  // namespace ta
