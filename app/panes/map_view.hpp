#pragma once
#include "app_context.hpp"

namespace ta {
/// Mouse and keys over the map (pan, zoom about the cursor, reset, hover), plus the hover tooltip.
void updateMapView(AppContext& app);
}  // namespace ta
