#include "map_view.hpp"

#include "map_pick.hpp"
#include "navigation.hpp"
#include "ui_text.hpp"

#include <imgui.h>

namespace ta {

namespace {
constexpr double kWheelZoomStep = 1.2;
constexpr double kMinMetresPerPixel = 5, kMaxMetresPerPixel = 20000;
constexpr double kPickRadiusPx = 9;
constexpr float kClickSlopPx = 4;  // a press that moves less than this is a click, not a drag

std::string statusText(const AppContext& app, corpus::Status s) {
    const std::string_view id = corpus::statusId(s);
    for (const corpus::Term& t : app.corpus->taxonomy().statuses)
        if (t.id == id) return pick(app.lang, t.en, t.ar);
    return std::string(id);
}

void placeTooltip(AppContext& app, int p) {
    const corpus::Place& place = app.corpus->places()[static_cast<size_t>(p)];
    ImGui::BeginTooltip();
    ImGui::PushFont(app.fonts.body);
    textLine(app, pick(app.lang, place.nameEn, place.nameAr));
    if (static_cast<size_t>(p) < app.timeline.places.size()) {
        const corpus::PlaceState& ps = app.timeline.places[static_cast<size_t>(p)];
        std::string line = tr(app.lang, "map.status") + ": " + statusText(app, ps.status);
        if (ps.since != corpus::kBeginningOfTime) line += " (" + tr(app.lang, "map.since") + " " + formatIsoDay(ps.since) + ")";
        textLine(app, line, toImU32(app.style.statusColor(corpus::statusId(ps.status))));
        if (ps.magnitude > 0) textLine(app, tr(app.lang, "map.moved") + ": " + std::to_string(ps.magnitude));
        if (ps.latestEvent >= 0) {
            const corpus::Event& e = app.corpus->events()[static_cast<size_t>(ps.latestEvent)];
            textLine(app, tr(app.lang, "map.latest") + ": " + e.date.iso() + "  " + pick(app.lang, e.titleEn, e.titleAr));
        } else {
            textDim(app, tr(app.lang, "map.no_event_yet"));
        }
    }
    textDim(app, tr(app.lang, "map.click_hint"));
    ImGui::PopFont();
    ImGui::EndTooltip();
}

}  // namespace

void updateMapView(AppContext& app) {
    ImGuiIO& io = ImGui::GetIO();
    const Vec2 mouse{io.MousePos.x, io.MousePos.y};
    const bool overMap = !io.WantCaptureMouse && io.MousePos.x > -1e5f;

    if (overMap) {
        if (ImGui::IsMouseDragging(ImGuiMouseButton_Left, kClickSlopPx) && (io.MouseDelta.x != 0 || io.MouseDelta.y != 0)) {
            app.flight.cancel();
            app.camera.panByPixels({io.MouseDelta.x, io.MouseDelta.y});
        }
        if (io.MouseWheel != 0) {
            app.flight.cancel();
            app.camera.zoomAbout(mouse, io.MouseWheel > 0 ? kWheelZoomStep : 1 / kWheelZoomStep);
            app.camera.clampScale(kMinMetresPerPixel, kMaxMetresPerPixel);
        }
    }

    const int place = overMap && app.corpus ? pickPlace(*app.corpus, app.corpusGeometry, app.camera, mouse, kPickRadiusPx) : -1;
    if (place != app.hoveredPlace) {
        app.hoveredPlace = place;
        app.sceneDirty = true;
    }
    const int area = overMap && place < 0 ? app.map.boundaryAt(app.camera.screenToWorld(mouse), app.camera.metresPerPixel) : -1;
    if (area != app.hoveredBoundary) {
        app.hoveredBoundary = area;
        app.sceneDirty = true;
    }
    const bool dragging = ImGui::IsMouseDragging(ImGuiMouseButton_Left, kClickSlopPx);
    if (overMap && ImGui::IsMouseReleased(ImGuiMouseButton_Left) && io.MouseDragMaxDistanceSqr[0] < kClickSlopPx * kClickSlopPx) {
        if (place >= 0) app.post(cmd::SelectPlace{place});
        app.selectedBoundary = area;
        app.sceneDirty = true;
    }
    if (dragging) return;
    if (place >= 0) {
        placeTooltip(app, place);
    } else if (area >= 0) {
        const MapArea& a = app.map.boundaries[static_cast<size_t>(area)];
        ImGui::BeginTooltip();
        textLine(app, a.nameEn);
        if (!a.nameAr.empty()) textLine(app, a.nameAr);
        ImGui::EndTooltip();
    }
}

}  // namespace ta
