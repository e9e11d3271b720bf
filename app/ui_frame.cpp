#include "ui_frame.hpp"

#include "explore/explore_frame.hpp"
#include "keys.hpp"
#include "panes/cases_pane.hpp"
#include "panes/changes_pane.hpp"
#include "panes/compare_pane.hpp"
#include "panes/details_pane.hpp"
#include "panes/filters_pane.hpp"
#include "panes/help_pane.hpp"
#include "panes/legend_pane.hpp"
#include "panes/map_view.hpp"
#include "panes/menu_bar.hpp"
#include "panes/search_pane.hpp"
#include "panes/sources_pane.hpp"
#include "panes/status_overlay.hpp"
#include "panes/timeline_pane.hpp"
#include "panes/record_dialog.hpp"
#include "panes/screenshot_dialog.hpp"
#include "panes/tour_player.hpp"
#include "presentation_mode.hpp"
#include "scene_builder.hpp"

#include <imgui.h>
#include <imgui_impl_opengl3.h>

namespace ta {

namespace {

// Keys that work wherever the focus is, except while typing into a field.
void handleShortcuts(AppContext& app) {
    const ImGuiIO& io = ImGui::GetIO();
    if (keyPressed(GLFW_KEY_F5, false)) togglePresentation(app);
    if (keyPressed(GLFW_KEY_F12, false)) requestScreenshot(app);
    // While a tour plays, Space, the arrows, Page Up/Down and Escape are the tour's.
    const bool tourKeys = handleTourKeys(app);
    if (!tourKeys && keyPressed(GLFW_KEY_SPACE, false)) app.playback.togglePlay();
    if (!tourKeys && keyPressed(GLFW_KEY_RIGHT)) app.post(cmd::StepEvent{+1});
    if (!tourKeys && keyPressed(GLFW_KEY_LEFT)) app.post(cmd::StepEvent{-1});
    if (keyPressed(GLFW_KEY_F1, false)) app.show.help = !app.show.help;
    if (io.KeyCtrl && keyPressed(GLFW_KEY_L, false)) app.post(cmd::SetLanguage{app.lang == Lang::En ? Lang::Ar : Lang::En});
    if (io.KeyCtrl && keyPressed(GLFW_KEY_Q, false)) app.quitRequested = true;
    if (io.KeyCtrl && keyPressed(GLFW_KEY_F, false)) app.show.search = app.explore.search.focusField = true;
    if (!io.KeyCtrl && (keyPressed(GLFW_KEY_R, false) || keyPressed(GLFW_KEY_HOME, false))) app.post(cmd::ResetView{});
    if (keyPressed(GLFW_KEY_ESCAPE, false) && !tourKeys) {
        if (app.presentation.active) togglePresentation(app);
        else app.post(cmd::ClearSelection{});
    }
}

// The flat list of panes (Tracy style). One line per pane; see app_context.hpp.
void drawPanes(AppContext& app) {
    if (app.show.timeline) drawTimelinePane(app);
    if (app.show.cases) drawCasesPane(app);
    if (app.show.details) drawDetailsPane(app);
    if (app.show.legend) drawLegendPane(app);
    if (app.show.help) drawHelpPane(app);
    if (app.show.about) drawAboutPane(app);
    if (app.show.compare) drawComparePane(app);
    if (app.show.changes) drawChangesPane(app);
    if (app.show.filters) drawFiltersPane(app);
    if (app.show.search) drawSearchPane(app);
    if (app.show.sources) drawSourcesPane(app);
    if (app.show.tours) drawTourPane(app);
    if (app.show.record) drawRecordDialog(app);
    if (app.show.screenshot) drawScreenshotDialog(app);
}

void updateCamera(AppContext& app, double dtS) {
    const ImGuiIO& io = ImGui::GetIO();
    const double w = io.DisplaySize.x, h = io.DisplaySize.y;
    app.homeCamera = fitToArea(app.map.syriaBounds, app.layout.map, w, h, 0.04);
    if (app.cameraUnset) {
        app.camera = app.startView ? fitToArea(*app.startView, app.layout.map, w, h, 0.0) : app.homeCamera;
        app.cameraUnset = false;
    }
    if (app.flight.active) app.camera = app.flight.step(dtS);
    app.camera.widthPx = w;
    app.camera.heightPx = h;
}

}  // namespace

bool refreshTimeline(AppContext& app) {
    const Day day = app.playback.current();
    if (day.n == app.stateDay) return false;
    app.stateDay = day.n;
    if (app.corpus) corpus::stateAt(*app.corpus, day, app.timeline);
    app.sceneDirty = true;
    return true;
}

void runUiFrame(AppContext& app, double dtS) {
    app.playback.advance(dtS);
    refreshTimeline(app);
    pollMapSources(app);  // a map source loaded in the background is swapped in between frames
    ImGui::NewFrame();
    const ImGuiIO& io = ImGui::GetIO();
    app.layout = computeLayout(io.DisplaySize.x, io.DisplaySize.y, ImGui::GetFontSize(), app.show);
    updateCamera(app, dtS);
    app.tourPlayer.update(app, dtS);  // a playing tour drives the date and the camera
    applyPresentationTheme(app);
    app.itemRects.clear();
    const bool resetLayout = app.resetLayout;

    handleShortcuts(app);
    if (!app.presentation.active) drawMenuBar(app);
    updateMapView(app);
    drawPanes(app);
    drawStatusOverlay(app);
    drawTourCaption(app);
    drawPresentationOverlay(app);
    ImGui::Render();

    if (resetLayout) app.resetLayout = false;
    applyCommands(app);
    refreshTimeline(app);
    explore::updateExploreMap(app);
}

void renderUiFrame(AppContext& app, Renderer& renderer, int fbW, int fbH) {
    if (app.playback.playing) app.sceneDirty = true;  // transitions move with the fractional day
    if (app.sceneDirty) {
        SceneInputs inputs;
        inputs.corpus.day = app.playback.day;  // event layers follow the day with or without a corpus
        if (app.corpus) inputs.corpus = {&*app.corpus, &app.timeline, &app.corpusGeometry, app.playback.day};
        inputs.hoveredBoundary = app.hoveredBoundary;
        inputs.selectedBoundary = app.selectedBoundary;
        inputs.hoveredPlace = app.hoveredPlace;
        inputs.selectedPlace = app.selection.place;
        if (inputs.selectedPlace < 0 && app.corpus && app.selection.event >= 0) {
            // Without a chosen place, mark the selected event's first place.
            const auto& places = app.corpus->events()[static_cast<size_t>(app.selection.event)].places;
            if (!places.empty()) inputs.selectedPlace = app.corpus->placeIndex(places.front());
        }
        app.sceneEmphasis = app.explore.placeEmphasis;
        if (app.tourPlayer.active() && app.corpus) {
            // The tour's places are ringed; the explorer's emphasis stays as it was for the rest.
            app.sceneEmphasis.resize(app.corpus->places().size(), PlaceEmphasis::Normal);
            for (uint32_t p : app.tourPlayer.ringedPlaces()) app.sceneEmphasis[p] = PlaceEmphasis::Marked;
        }
        inputs.placeEmphasis = app.sceneEmphasis;
        inputs.lang = app.lang == Lang::Ar ? "ar" : "en";
        inputs.labels = app.options.map.labels;
        inputs.areaStatus = app.sources.areaStatus;
        renderer.upload(buildScene(app.map, inputs, app.style));
        app.sceneDirty = false;
        app.lastSceneInputs = inputs;
    }
    takePendingScreenshot(app, renderer, app.lastSceneInputs);
    app.camera.pixelRatio = app.camera.widthPx > 0 ? fbW / app.camera.widthPx : 1;
    renderer.draw(app.camera, fbW, fbH);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace ta
