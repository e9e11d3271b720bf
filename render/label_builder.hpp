#pragma once
// The map's labels as scene items: names of the places drawn as symbols, and of the administrative
// areas. Priorities decide who wins space (label_placement.hpp): governorate names first when the
// map is zoomed out, then places with an event in the last few weeks (where the story is at the
// date), then the places the study's cases are named after, then places by kind and by how often
// the study mentions them.

#include "scene_builder.hpp"

namespace ta {

/// Labels for the markers of `scene` that stand for corpus places (Marker::place >= 0).
void appendPlaceLabels(const SceneInputs& inputs, const Style& style, Scene& scene);

/// Names of the administrative areas at the centre of their largest part.
void appendAreaLabels(const MapData& data, const SceneInputs& inputs, const Style& style, Scene& scene);

/// A point inside the area for its label: the centroid of its triangles, or, when that falls
/// outside (a crescent), the centroid of its largest triangle.
Vec2 areaLabelPoint(const MapArea& area);

/// The name in the label language, falling back to English when there is no Arabic name.
const std::string& labelText(const std::string& en, const std::string& ar, const std::string& lang);

}  // namespace ta
