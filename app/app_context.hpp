#pragma once
// The one object the window's parts share: data, view state and settings. Panes read it and
// change it in plain ways; nothing else is global.

#include "camera.hpp"
#include "cli_args.hpp"
#include "corpus_layer.hpp"
#include "fonts.hpp"
#include "map_data.hpp"
#include "playback.hpp"
#include "projection.hpp"
#include "style.hpp"
#include "timeline.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ta {

struct AppContext {
    GuiOptions options;
    Projection projection;
    MapData map;
    Style style;
    Camera camera;
    Camera homeCamera;           // the view the reset key returns to
    Playback playback;
    std::optional<corpus::Corpus> corpus;   // absent when it could not be loaded (a message says why)
    CorpusGeometry corpusGeometry;
    corpus::TimelineState timeline;         // the corpus at playback.current()
    std::string lang = "en";
    int hoveredBoundary = -1;
    int selectedBoundary = -1;
    UiFonts fonts;
    std::vector<std::string> messages;  // warnings and errors shown in the window
    bool sceneDirty = true;             // rebuild the scene before the next frame
};

}  // namespace ta
