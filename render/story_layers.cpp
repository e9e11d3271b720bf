#include "story_layers.hpp"

#include <algorithm>
#include <cmath>

namespace ta {

namespace {
constexpr float kDemilitarisedAngleDeg = -45;
constexpr float kDeescalationAngleDeg = 45;
constexpr float kZoneOutlineAlpha = 0.75f;
}  // namespace

void appendZones(const SceneInputs& inputs, const Style& style, Scene& scene) {
    const CorpusView& view = inputs.corpus;
    if (!view.corpus || !view.state || !view.geometry) return;
    for (const corpus::ZoneState& zs : view.state->zones) {
        if (zs.zone >= view.geometry->zones.size() || zs.opacity <= 0) continue;
        const ZoneShape& shape = view.geometry->zones[zs.zone];
        if (!shape.mesh || shape.mesh->indices.empty()) continue;
        const bool dmz = view.corpus->zones()[zs.zone].kind == "demilitarised";
        HatchFill h;
        h.mesh = shape.mesh;
        h.color = dmz ? style.demilitarisedZone : style.deescalationZone;
        h.opacity = zs.opacity;
        h.angleDeg = dmz ? kDemilitarisedAngleDeg : kDeescalationAngleDeg;
        h.spacingPx = dmz ? style.zoneHatchSpacingPx * 0.75f : style.zoneHatchSpacingPx;
        scene.zones.push_back(h);
        LineItem outline;
        outline.rings = shape.outline;
        outline.widthPx = style.zoneOutlinePx;
        outline.color = h.color.withAlpha(kZoneOutlineAlpha * zs.opacity);
        scene.lines.push_back(outline);
    }
}

void appendHighlightRing(const Marker& symbol, bool selected, const Style& style, Scene& scene) {
    const float width = selected ? style.selectedRingPx : style.hoverRingPx;
    Marker ring;
    ring.position = symbol.position;
    ring.radiusPx = symbol.radiusPx + symbol.strokePx * 0.5f + style.highlightRingGapPx + width * 0.5f;
    ring.fill = Rgba{0, 0, 0, 0};
    if (selected) {
        Marker halo = ring;  // white under the dark ring, one pixel wider on each side
        halo.stroke = style.placeStroke;
        halo.strokePx = width + 2;
        scene.markers.push_back(halo);
    }
    ring.stroke = selected ? style.selectedOutline : style.hoverRing;
    ring.strokePx = width;
    scene.markers.push_back(ring);
}

float flowWidthPx(const Style& style, int64_t people) {
    if (people <= 0) return style.flowMinWidthPx;
    const float w = style.flowMinWidthPx + 1.2f * std::sqrt(static_cast<float>(people) / 500.f);
    return std::clamp(w, style.flowMinWidthPx, style.flowMaxWidthPx);
}

void appendFlows(const SceneInputs& inputs, const Style& style, Scene& scene) {
    const CorpusView& view = inputs.corpus;
    if (!view.corpus || !view.state || !view.geometry) return;
    for (const corpus::FlowState& fs : view.state->flows) {
        const auto& arc = view.geometry->arc(fs.event, fs.flow);
        if (!arc || fs.alpha <= 0) continue;
        const corpus::Flow& flow = view.corpus->events()[fs.event].flows[fs.flow];
        FlowItem f;
        f.arc = arc;
        f.widthPx = flowWidthPx(style, flow.count.value_or(0));
        f.color = style.flow;
        f.progress = fs.progress;
        f.alpha = fs.alpha;
        scene.flows.push_back(f);
    }
    // The heads of arcs still travelling, on top of everything else on the map.
    for (const FlowItem& f : scene.flows) {
        if (f.progress <= 0 || f.progress >= 1) continue;
        Marker head;
        head.position = pointAlong(*f.arc, f.progress);
        head.radiusPx = std::max(style.flowHeadRadiusPx, f.widthPx * 0.75f);
        head.fill = style.flow.withAlpha(f.alpha);
        head.stroke = style.placeStroke.withAlpha(f.alpha);
        head.strokePx = 1.2f;
        scene.markers.push_back(head);
    }
}

}  // namespace ta
