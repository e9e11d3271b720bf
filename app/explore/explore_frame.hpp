#pragma once
// What the explorer adds to each frame outside its panes: the map's per-place emphasis (filters,
// the clause category chosen in the comparison pane, the places the "what changed" interval
// changed), recomputed before the scene is built; a changed emphasis rebuilds the scene.

#include "date.hpp"

#include <optional>
#include <utility>

namespace ta {
struct AppContext;
}

namespace ta::explore {

/// The interval the "what changed" pane's fields describe, or nullopt (with app.explore.changes.error
/// saying why) when they do not parse.
std::optional<std::pair<Day, Day>> changesInterval(AppContext& app);

/// Sets app.explore.placeEmphasis; marks the scene dirty when it changed.
void updateExploreMap(AppContext& app);

}  // namespace ta::explore
