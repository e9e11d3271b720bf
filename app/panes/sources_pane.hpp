#pragma once
#include "app_context.hpp"

namespace ta {
/// Map sources: a path field (boundaries or a layer, with the same PATH[:LAYER][,options] as the
/// command line), what is loaded (with a remove button each), the recent files, and how areas show
/// the status of their places.
void drawSourcesPane(AppContext& app);
}  // namespace ta
