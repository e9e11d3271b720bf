#pragma once
#include "app_context.hpp"

namespace ta {
/// Over the map's free area: the date caption, the title, the data loaded, messages (top left) and
/// the attribution line (bottom right).
void drawStatusOverlay(AppContext& app);
}  // namespace ta
