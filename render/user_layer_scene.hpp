#pragma once
// The user's layers (--layer) as scene items, in the order given, on top of the base map:
// polygons filled by category (fill=) with outlines, lines, points, and labels (label=).

#include "map_data.hpp"
#include "scene.hpp"
#include "style.hpp"

namespace ta {

void appendUserLayers(const MapData& data, const Style& style, Scene& scene);

}  // namespace ta
