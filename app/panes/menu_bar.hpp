#pragma once
#include "app_context.hpp"

namespace ta {
/// File (quit), View (every pane, reset view and layout), Language, Help (shortcuts, about).
void drawMenuBar(AppContext& app);
}  // namespace ta
