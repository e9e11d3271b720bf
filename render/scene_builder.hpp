#pragma once
// (map data, what the timeline says at the date, style, interaction) -> Scene. A pure function:
// same inputs, same scene; the renderer then uploads only what changed.

#include "area_status.hpp"
#include "corpus_layer.hpp"
#include "map_data.hpp"
#include "timeline.hpp"
#include "scene.hpp"
#include "style.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace ta {

/// How a corpus place is drawn beyond its status colour, as the explorer decides (filters, a clause
/// category chosen to colour the map, the places a "what changed" interval changed).
enum class PlaceEmphasis : uint8_t {
    Normal,
    Dimmed,  // faded: filtered out (when dimming), or outside the marked set
    Hidden,  // filtered out: no symbol
    Marked,  // a ring around the symbol: in the chosen category or changed in the interval
};

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
    std::span<const PlaceEmphasis> placeEmphasis;  // one per corpus place; empty: every place Normal
};

Scene buildScene(const MapData& data, const SceneInputs& inputs, const Style& style);

}  // namespace ta
