#pragma once
// The one object the window's parts share: data, view state and settings. Panes read it and
// change it in plain ways; nothing else is global.
//
// HOW TO ADD A PANE (one file per pane, under app/panes/):
//   1. app/panes/my_pane.{hpp,cpp} with `void drawMyPane(AppContext& app);` that begins with
//      `if (!beginPane(app, "my_pane", app.show.myPane, app.layout.center)) return;` and ends with
//      `ImGui::End();` (panes/pane.hpp: first-use position in font units, translated title, stable id).
//   2. A flag `bool myPane = false;` in PaneVisibility and a row in paneFlags() (ui_state.*): the View
//      menu and the settings file then know it.
//   3. One line in drawPanes() (ui_frame.cpp): `if (app.show.myPane) drawMyPane(app);`
//   4. Its words in app/i18n.cpp (English and Arabic), used through tr(app.lang, "key"); show text
//      with the helpers of panes/ui_text.hpp, which shape and right-align Arabic.
//   5. Add the .cpp to app/CMakeLists.txt.
// A pane changes shared state only through plain fields documented here (filters, show, views) or
// by posting a command (commands.hpp: select an event, a place or a case, set the date, fly the
// map, switch language), which ui_frame applies at the end of the frame.
// Tests drive panes with the headless runner (headless_ui.hpp): synthetic mouse and keys over
// real frames, then assertions on this object and on screenshots.

#include "camera.hpp"
#include "camera_flight.hpp"
#include "case_chart.hpp"
#include "cli_args.hpp"
#include "commands.hpp"
#include "corpus_layer.hpp"
#include "explore/explore_views.hpp"
#include "filters.hpp"
#include "fonts.hpp"
#include "i18n.hpp"
#include "map_data.hpp"
#include "map_sources.hpp"
#include "pane_layout.hpp"
#include "playback.hpp"
#include "panes/record_dialog.hpp"
#include "panes/screenshot_dialog.hpp"
#include "panes/tour_player.hpp"
#include "presentation_mode.hpp"
#include "projection.hpp"
#include "style.hpp"
#include "timeline.hpp"
#include "ui_state.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ta {

/// Arabic paragraphs broken into lines and shaped, by (text, width): breaking and shaping every
/// frame would cost more than the rest of the interface.
struct ShapedTextCache {
    std::map<std::string, std::vector<std::string>, std::less<>> lines;
    void clear() { lines.clear(); }
};

struct AppContext {
    GuiOptions options;
    Projection projection;
    MapData map;
    Style style;
    Camera camera;
    Camera homeCamera;           // the view the reset key returns to (all of Syria in layout.map)
    CameraFlight flight;         // an animated fly-to in progress
    Playback playback;
    std::optional<corpus::Corpus> corpus;   // absent when it could not be loaded (a message says why)
    CorpusGeometry corpusGeometry;
    std::vector<CaseRow> caseRows;          // the cases chart, computed once per corpus
    corpus::TimelineState timeline;         // the corpus at playback.current()

    // What the user chose. Plain fields; the settings file saves them (settings.hpp).
    Lang lang = Lang::En;
    Selection selection;
    Filters filters;             // build-compare's filters pane edits these; every event list obeys them
    explore::ExploreViews explore;  // search, clause comparison and "what changed" panes (explore/)
    PaneVisibility show;
    TimelineView timelineView;
    CasesView casesView;
    SourcesView sources;
    // Presentation and teaching (issue 7): presentation mode, the tour player, the recording and
    // screenshot dialogs (presentation_mode.hpp, panes/tour_player.hpp, panes/record_dialog.hpp,
    // panes/screenshot_dialog.hpp).
    PresentationState presentation;
    TourPlayer tourPlayer;
    RecordDialogState recordDialog;
    ScreenshotState screenshot;
    SceneInputs lastSceneInputs;  // what the map's scene was last built from (screenshots redraw it)
    std::vector<PlaceEmphasis> sceneEmphasis;  // storage lastSceneInputs.placeEmphasis points into         // the sources pane: path field, recent files, loading in the background

    // Per frame.
    PaneLayout layout;           // where panes open first and what the map keeps free
    int hoveredBoundary = -1;
    int selectedBoundary = -1;
    int hoveredPlace = -1;       // into corpus places
    bool resetLayout = false;    // put every pane back at its first-use place on the next frame
    bool quitRequested = false;  // File > Quit, Ctrl+Q: the window closes after this frame
    bool cameraUnset = true;            // the next frame places the camera: on startView, else all of Syria
    std::optional<BBox> startView;      // --view, in map metres
    bool snapNextFlight = false;        // the next fly-to jumps instead of animating (start-up)
    int32_t stateDay = INT32_MIN;       // the day `timeline` was computed for
    /// Screen rectangles of items panes chose to publish (recordItem in panes/ui_text.hpp), by a
    /// stable id: tests click them ("menu.language", "cases.row.14"); rebuilt every frame.
    std::map<std::string, Rect, std::less<>> itemRects;
    std::vector<Command> commands;      // applied at the end of the frame (commands.hpp)
    void post(Command c) { commands.push_back(std::move(c)); }

    UiFonts fonts;
    ShapedTextCache shapedText;
    std::vector<std::string> messages;  // warnings and errors shown in the window
    bool sceneDirty = true;             // rebuild the scene before the next frame
};

}  // namespace ta
