#pragma once
#include "app_context.hpp"

namespace ta {
/// Mouse and keys over the map: pan, zoom about the cursor, hover (a tooltip naming the place, its
/// status at the date and its latest event, or the area), click to select a place.
void updateMapView(AppContext& app);
}  // namespace ta
