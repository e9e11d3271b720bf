#pragma once
// One PlaceEmphasis per corpus place for the scene, from the three things the explorer can ask of
// the map: the filters (hide or dim what fails), a clause category to colour by, and the places a
// "what changed" interval changed. Pure: no ImGui, no GL.

#include "scene_builder.hpp"

#include <cstdint>
#include <vector>

namespace ta::explore {

struct MapEmphasisInputs {
    std::vector<uint8_t> passing;  // per place, 1 = passes the filters (passingPlaces); empty = all pass
    bool dimFiltered = false;      // places that fail are dimmed instead of hidden
    std::vector<uint8_t> marked;   // per place, 1 = marked (holds the category / changed); empty = no marking
    bool marking = false;          // a marked set is in use (then unmarked places are dimmed, even when `marked` is all 0)
};

/// Hidden (or Dimmed) for places that fail the filters; else, while marking, Marked for marked
/// places and Dimmed for the others; else Normal. Empty when every place would be Normal (the
/// scene's default), so the common case costs nothing.
std::vector<PlaceEmphasis> composePlaceEmphasis(size_t placeCount, const MapEmphasisInputs& in);

}  // namespace ta::explore
