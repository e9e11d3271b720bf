#pragma once
#include "app_context.hpp"

namespace ta {
/// The timeline along the bottom: play/pause, previous/next event, the date and a field to type
/// one, speed, loop range, and the scrubber (monthly histogram, a tick per event coloured by kind,
/// spans for month- or year-precise dates; wheel zooms, right-drag pans, Shift-drag sets the loop).
void drawTimelinePane(AppContext& app);
}  // namespace ta
