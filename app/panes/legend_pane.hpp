#pragma once
#include "app_context.hpp"

namespace ta {
/// What the colours mean: place statuses (render/style.hpp, the map's own colours), event kinds
/// (timeline and cases chart), symbol size, and the note that zones are schematic.
void drawLegendPane(AppContext& app);
}  // namespace ta
