#pragma once
// The timeline's moving parts as scene items: de-escalation and demilitarised zones fading in and
// out (ZoneState::opacity), and evacuation arcs growing from origin to destination with their
// people (FlowState::progress, alpha). Both are functions of the date only, so recordings are
// frame-exact.

#include "scene_builder.hpp"

namespace ta {

void appendZones(const SceneInputs& inputs, const Style& style, Scene& scene);

/// Arcs, and a dot at each travelling arc's head (drawn with the markers, above the places).
void appendFlows(const SceneInputs& inputs, const Style& style, Scene& scene);

/// A ring around a place's symbol: dark over a white halo for the selected place (reads on any
/// status colour and on the sea), lighter and thinner for the hovered one.
void appendHighlightRing(const Marker& symbol, bool selected, const Style& style, Scene& scene);

/// Arc width for a number of people: area-like growth (square root), clamped to the style's range;
/// the minimum when the number is unknown.
float flowWidthPx(const Style& style, int64_t people);

}  // namespace ta
