#pragma once
// Colours of the event kinds on the timeline and the cases chart (the map's status colours are in
// render/style.hpp). Agreement kinds reuse the hue of the status they lead to, so a truce tick and a
// truce segment read as one thing.

#include "scene.hpp"

#include <string_view>

namespace ta {

Rgba eventKindColor(std::string_view kind);

/// Every kind with a colour of its own, in legend order (taxonomy ids).
inline constexpr std::string_view kColoredEventKinds[] = {"truce", "agreement", "deescalation", "final_settlement", "evacuation",
                                                          "offer", "meeting", "committee", "breach", "military", "other"};

}  // namespace ta
