#pragma once
// The event layers (--layer ...,time=FIELD) as scene items for the frame's day: no geometry is
// copied, the items point at the loaded, time-sorted points.

#include "map_data.hpp"
#include "scene.hpp"
#include "style.hpp"

namespace ta {

void appendEventLayers(const MapData& data, double day, const Style& style, Scene& scene);

}  // namespace ta
