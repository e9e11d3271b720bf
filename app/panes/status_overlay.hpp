#pragma once
#include "app_context.hpp"

namespace ta {
/// Title, date caption, data loaded, messages and the attribution line, drawn over the map.
void drawStatusOverlay(AppContext& app, float bottomReservedPx);
}  // namespace ta
