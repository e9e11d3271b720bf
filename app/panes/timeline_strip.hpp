#pragma once
#include "app_context.hpp"

namespace ta {
/// The strip along the bottom: play/pause, the date, and a scrubber from 2011 to 2019.
/// Returns its height in pixels so the map can keep its legend clear of it.
float drawTimelineStrip(AppContext& app);
}  // namespace ta
