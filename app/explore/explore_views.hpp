#pragma once
// The plain state of the explorer's panes (clause comparison, what changed, search, filters), kept
// in AppContext::explore. No ImGui types: tests read and set it directly.

#include "date.hpp"
#include "explore/search_index.hpp"
#include "scene_builder.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ta::explore {

struct MatrixView {
    bool keepEmptyColumns = false;
    std::string colourCategory;      // category id whose holders the map marks; "" = none
    bool colourUpToDate = true;      // only agreements signed by the timeline's date (scrub to see the spread)
    int cellEvent = -1;              // the clicked cell: its agreement (index into corpus.events())
    int cellCategory = -1;           // and its category (index into taxonomy().categories)
    int seenSelection = -2;          // the selected event the matrix last scrolled to
};

struct ChangesView {
    std::string fromText = "2016-01-01";
    std::string toText = "2016-12-31";
    std::string error;               // why the typed dates are not used ("" when they are)
    bool markMap = true;             // the map rings the changed places while the pane is open
    bool followLoop = false;         // the dates follow the timeline's loop range (Shift-drag on it)
};

struct SearchView {
    std::string text;                // what is typed
    std::string searchedFor;         // the text `results` belong to
    std::vector<SearchResult> results;
    int current = 0;                 // the hit Enter selects (Up/Down move it)
    std::string error;               // the index could not be built ("" when fine)
    bool focusField = false;         // put the keyboard in the field on the next frame (Ctrl+F)
};

struct ExploreViews {
    MatrixView matrix;
    ChangesView changes;
    SearchView search;
    std::shared_ptr<SearchIndex> index;         // built on the first search
    std::vector<PlaceEmphasis> placeEmphasis;  // this frame's, for the scene (explore_frame.hpp)
};

}  // namespace ta::explore
