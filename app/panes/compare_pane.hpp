#pragma once
#include "app_context.hpp"

namespace ta {
/// Clause comparison: agreements (rows, by date) by clause categories (columns); each cell shows
/// the numbers of the agreement's clauses in that category. Clicking a cell selects the agreement
/// and shows those clauses; clicking a column header (or choosing a category) marks on the map the
/// places whose agreements hold it.
void drawComparePane(AppContext& app);
}  // namespace ta
