#pragma once
#include "app_context.hpp"

namespace ta {
/// What changed between two dates (or the timeline's loop range): places whose status changed,
/// agreements signed, other events and people moved, under the filters; the map rings the changed
/// places while the pane is open.
void drawChangesPane(AppContext& app);
}  // namespace ta
