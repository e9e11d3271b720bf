#pragma once
// Plain state of the window's interface, kept in AppContext: what is selected, which panes are
// open, and the small view settings of the timeline and the cases chart. No ImGui types, so the
// settings file and the tests can read and write it directly.

#include "date.hpp"

#include <string>
#include <vector>

namespace ta {

/// What the user picked. Indices into the corpus's vectors; -1 = nothing.
struct Selection {
    int event = -1;      // corpus.events()
    int place = -1;      // corpus.places()
    int caseIndex = -1;  // corpus.cases() (not the case's number n)
    friend bool operator==(const Selection&, const Selection&) = default;
};

/// Which panes are open. To add a pane: a flag here, a row in paneFlags() (ui_state.cpp: its stable
/// id for the settings file and the View menu, and its title's i18n key), and one line
/// `if (app.show.x) drawX(app);` in ui_frame.cpp.
struct PaneVisibility {
    bool timeline = true;
    bool details = true;
    bool cases = true;
    bool legend = true;
    bool help = false;   // F1: keyboard shortcuts
    bool about = false;
    bool search = false;   // the explorer (build-compare): search, filters, clause comparison, what changed
    bool filters = false;
    bool compare = false;
    bool changes = false;
    bool sources = false;  // map sources: boundary files and layers (sources_pane.cpp)
    bool tours = false;       // the tour player (panes/tour_player.cpp)
    bool record = false;      // File > Record video (panes/record_dialog.cpp)
    bool screenshot = false;  // File > Screenshot (panes/screenshot_dialog.cpp)
    friend bool operator==(const PaneVisibility&, const PaneVisibility&) = default;
};

struct PaneFlag {
    const char* id;        // stable, untranslated: settings.json "panes" keys
    const char* titleKey;  // i18n key of the pane's title (View menu)
    bool* open;
};

/// Every pane flag, in View-menu order.
std::vector<PaneFlag> paneFlags(PaneVisibility& show);

/// The timeline pane's view: the range of days the scrubber spans (zoom), and the text typed into
/// its date field.
struct TimelineView {
    Day viewStart = dayFromCivil(2011, 1, 1);
    Day viewEnd = dayFromCivil(2019, 1, 1);
    std::string dateText;    // "go to date" field
    std::string dateError;   // why the typed date was not accepted ("" when it was)
    bool selectingRange = false;  // a Shift-drag on the scrubber is choosing the loop range
    Day rangeAnchor;
};

/// The cases chart's options.
struct CasesView {
    bool alignAtFirstAgreement = false;  // every row starts at its case's first agreement (day 0)
};

}  // namespace ta
