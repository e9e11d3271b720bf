#pragma once
// (map data, what the timeline says at the date, style, interaction) -> Scene. A pure function:
// same inputs, same scene; the renderer then uploads only what changed.

#include "map_data.hpp"
#include "scene.hpp"
#include "style.hpp"

#include <string>
#include <vector>

namespace ta {

/// A place as the timeline state sees it at the current date.
struct PlaceSymbol {
    Vec2 position;              // map metres
    std::string status;         // taxonomy status id
    std::string previousStatus; // status before the latest change
    float transition = 1;       // 0 just changed .. 1 settled; animates the colour and a pulse
    float magnitude = 0;        // people moved (0 = unknown)
    bool selected = false;
};

struct SceneInputs {
    std::vector<PlaceSymbol> places;
    int hoveredBoundary = -1;    // index into MapData::boundaries
    int selectedBoundary = -1;
};

Scene buildScene(const MapData& data, const SceneInputs& inputs, const Style& style);

}  // namespace ta
