#pragma once
// (map data, what the timeline says at the date, style, interaction) -> Scene. A pure function:
// same inputs, same scene; the renderer then uploads only what changed.

#include "area_status.hpp"
#include "corpus_layer.hpp"
#include "map_data.hpp"
#include "timeline.hpp"
#include "scene.hpp"
#include "style.hpp"

#include <string>
#include <vector>

namespace ta {

/// Days over which a place's symbol moves from its old status colour to the new one. In days, not
/// seconds, so that a frame is a pure function of its date (recordings are frame-exact).
inline constexpr double kStatusTransitionDays = 12;

/// The corpus at the current date. All pointers may be null: then only the base map is drawn.
struct CorpusView {
    const corpus::Corpus* corpus = nullptr;
    const corpus::TimelineState* state = nullptr;
    const CorpusGeometry* geometry = nullptr;
    double day = 0;              // fractional day of the frame (smooth transitions while playing)
};

struct SceneInputs {
    CorpusView corpus;
    int hoveredBoundary = -1;    // index into MapData::boundaries
    int selectedBoundary = -1;
    int hoveredPlace = -1;       // index into corpus places
    int selectedPlace = -1;
    std::string lang = "en";     // label language: "en" or "ar"
    bool labels = true;
    AreaStatusMode areaStatus = AreaStatusMode::Besides;  // sub-districts coloured by their places' status
};

Scene buildScene(const MapData& data, const SceneInputs& inputs, const Style& style);

}  // namespace ta
