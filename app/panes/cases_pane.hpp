#pragma once
#include "app_context.hpp"

namespace ta {
/// The cases chart: one row per case, its status over time (truce, de-escalation, settled,
/// evacuated) in the map's colours, its events as ticks, the final settlement as a diamond and the
/// current date as a line. Clicking a row selects the case (flies the map there, selects its latest
/// event). "Align" starts every row at its first agreement, to compare durations.
void drawCasesPane(AppContext& app);
}  // namespace ta
