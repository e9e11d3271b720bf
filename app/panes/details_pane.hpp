#pragma once
#include "app_context.hpp"

namespace ta {
/// The selected event in full: title, kind and phase, date with its precision and other readings,
/// summary, places (click to select), parties, mediators, guarantors, venue, numbers, flows,
/// outcome, every clause with its categories, the source reference, and the case's other events.
void drawDetailsPane(AppContext& app);
}  // namespace ta
