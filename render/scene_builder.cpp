#include "scene_builder.hpp"

#include "event_layer_scene.hpp"
#include "label_builder.hpp"
#include "story_layers.hpp"
#include "user_layer_scene.hpp"

#include <algorithm>
#include <cmath>

namespace ta {

namespace {

// The colour of a place's status at the frame, moving from the old status colour to the new one.
Rgba placeColor(const CorpusView& view, size_t i, const Style& style) {
    const corpus::PlaceState& ps = view.state->places[i];
    const double sinceDays = view.day - ps.since.n;
    const float t = static_cast<float>(std::clamp(sinceDays / kStatusTransitionDays, 0.0, 1.0));
    return mix(style.statusColor(corpus::statusId(ps.previous)), style.statusColor(corpus::statusId(ps.status)), t);
}

// Places: only those the corpus mentions in an event by the date (or ever, dimmed, before).
void appendPlaceMarkers(const SceneInputs& inputs, const Style& style, const std::vector<int>& hidden, Scene& scene) {
    const CorpusView& view = inputs.corpus;
    if (!view.corpus || !view.state || !view.geometry) return;
    const auto& places = view.corpus->places();
    std::vector<size_t> order;
    const auto emphasis = [&](size_t i) {
        return i < inputs.placeEmphasis.size() ? inputs.placeEmphasis[i] : PlaceEmphasis::Normal;
    };
    for (size_t i = 0; i < places.size() && i < view.state->places.size(); ++i)
        if (!view.corpus->eventsOfPlace(i).empty() && emphasis(i) != PlaceEmphasis::Hidden &&
            std::find(hidden.begin(), hidden.end(), static_cast<int>(i)) == hidden.end())
            order.push_back(i);
    // Larger symbols first so that small ones stay visible on top.
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return view.state->places[a].magnitude > view.state->places[b].magnitude; });
    for (size_t i : order) {
        const corpus::PlaceState& ps = view.state->places[i];
        const double sinceDays = view.day - ps.since.n;
        const float t = static_cast<float>(std::clamp(sinceDays / kStatusTransitionDays, 0.0, 1.0));
        const float pulse = 1.f + 0.6f * std::sin(t * 3.14159265f);  // swells once while changing
        const bool selected = static_cast<int>(i) == inputs.selectedPlace;
        const bool hovered = static_cast<int>(i) == inputs.hoveredPlace;
        Marker m;
        m.position = view.geometry->places[i];
        m.radiusPx = style.placeRadiusFor(static_cast<double>(ps.magnitude)) * pulse * (hovered ? 1.3f : 1.f);
        m.fill = placeColor(view, i, style);
        m.stroke = selected ? style.selectedOutline : style.placeStroke;
        m.strokePx = selected ? 2.5f : style.placeStrokePx;
        m.place = static_cast<int>(i);
        if (emphasis(i) == PlaceEmphasis::Dimmed) {
            m.fill.a *= style.dimmedPlaceAlpha;
            if (!selected) m.stroke.a *= style.dimmedPlaceAlpha;
        } else if (emphasis(i) == PlaceEmphasis::Marked) {
            // An unfilled ring behind the symbol; place -1 so it gets no label of its own.
            Marker ring;
            ring.position = m.position;
            ring.radiusPx = m.radiusPx + style.markedRingGapPx + style.markedRingPx * 0.5f;
            ring.fill = style.markedRing.withAlpha(0);
            ring.stroke = style.markedRing;
            ring.strokePx = style.markedRingPx;
            scene.markers.push_back(ring);
        }
        scene.markers.push_back(m);
        if (selected || hovered) appendHighlightRing(m, selected, style, scene);
    }
}

}  // namespace

Scene buildScene(const MapData& data, const SceneInputs& given, const Style& style) {
    // Only --layer given: just those layers and the background, nothing from the corpus.
    SceneInputs withoutCorpus;
    if (data.base.layersOnly) {
        withoutCorpus = given;
        withoutCorpus.corpus = {};
    }
    const SceneInputs& inputs = data.base.layersOnly ? withoutCorpus : given;
    Scene scene;
    scene.background = style.sea;
    scene.lodTolerancesM = data.lodTolerancesM;

    // Areas coloured by the status of their places (sub-districts; see area_status.hpp).
    const CorpusView& view = inputs.corpus;
    AreaStatusJoin areaStatus;
    if (inputs.areaStatus != AreaStatusMode::Off && view.corpus && view.state && view.geometry)
        areaStatus = joinAreaStatus(data, *view.corpus, *view.state, *view.geometry);

    for (const MapArea& a : data.neighbours) scene.fills.push_back({a.mesh, style.neighbourFill, a.meshLods, {}});
    for (const MapArea& a : data.syria) scene.fills.push_back({a.mesh, style.syriaFill, a.meshLods, {}});
    for (const MapAdminLayer& layer : data.adminLayers) {
        for (size_t i = layer.begin; i < layer.end; ++i) {
            const bool hovered = static_cast<int>(i) == inputs.hoveredBoundary;
            Rgba fill = (i - layer.begin) % 2 ? style.boundaryFillB : style.boundaryFillA;
            if (i < areaStatus.areaPlace.size() && areaStatus.areaPlace[i] >= 0) {
                const auto place = static_cast<size_t>(areaStatus.areaPlace[i]);
                const bool none = view.state->places[place].status == corpus::Status::None;
                fill = mix(fill, placeColor(view, place, style), none ? style.areaNoStatusTint : style.areaStatusTint);
            }
            scene.fills.push_back({data.boundaries[i].mesh, hovered ? style.hoverFill : fill, data.boundaries[i].meshLods, layer.scales});
        }
    }

    for (const MapArea& a : data.neighbours)
        scene.lines.push_back({a.outline, true, style.neighbourOutlinePx, style.neighbourOutline, a.outlineLods, {}});
    for (const MapAdminLayer& layer : data.adminLayers)
        for (size_t i = layer.begin; i < layer.end; ++i)
            scene.lines.push_back({data.boundaries[i].outline, true, style.boundaryOutlinePx, style.boundaryOutline,
                                   data.boundaries[i].outlineLods, layer.scales});
    for (const MapArea& a : data.syria) scene.lines.push_back({a.outline, true, style.syriaOutlinePx, style.syriaOutline, a.outlineLods, {}});
    if (inputs.selectedBoundary >= 0 && inputs.selectedBoundary < static_cast<int>(data.boundaries.size())) {
        const MapArea& a = data.boundaries[static_cast<size_t>(inputs.selectedBoundary)];
        scene.lines.push_back({a.outline, true, 2.5f, style.selectedOutline, a.outlineLods, {}});
    }

    appendUserLayers(data, style, scene);
    appendEventLayers(data, given.corpus.day, style, scene);  // the day even without a corpus (--layer only)

    // "Instead" hides the points of places inside coloured areas, but only where those areas are
    // drawn at every zoom; otherwise a far zoom (showing a coarser level) would show no status at all.
    std::vector<int> hiddenPlaces;
    if (inputs.areaStatus == AreaStatusMode::Instead) {
        for (const MapAdminLayer& layer : data.adminLayers)
            if (layer.level >= kStatusAreaMinLevel && layer.scales == ScaleRange{})
                for (size_t p = 0; p < areaStatus.placeArea.size(); ++p)
                    if (areaStatus.placeArea[p] >= static_cast<int>(layer.begin) && areaStatus.placeArea[p] < static_cast<int>(layer.end))
                        hiddenPlaces.push_back(static_cast<int>(p));
    }
    appendPlaceMarkers(inputs, style, hiddenPlaces, scene);
    appendZones(inputs, style, scene);
    appendFlows(inputs, style, scene);
    if (inputs.labels) {
        appendAreaLabels(data, inputs, style, scene);
        appendPlaceLabels(inputs, style, scene);
    }
    return scene;
}

}  // namespace ta
