#pragma once
#include "app_context.hpp"

namespace ta {
/// Filters by event kind, guarantor, governorate, model and priority (app.filters). The map, the
/// timeline's ticks and every list obey them.
void drawFiltersPane(AppContext& app);
}  // namespace ta
