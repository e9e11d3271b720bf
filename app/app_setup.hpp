#pragma once
// Filling the AppContext before the first frame, shared by the window and the headless runner:
// the map, the corpus and what derives from it, the saved settings, then the start options
// (--date, --lang, --view, --select), which win over the settings.

#include "app_context.hpp"
#include "settings.hpp"

#include <optional>

namespace ta {

/// Loads the data the options name (throws ta::Error naming a file that cannot be read), applies
/// `settings` if given, then the start options. --select with an id the corpus does not hold throws
/// ta::UsageError naming it.
void setUpApp(AppContext& app, const GuiOptions& options, const std::optional<Settings>& settings);

/// Everything derived from the corpus (projected places, the cases chart); call after changing it.
void deriveFromCorpus(AppContext& app);

}  // namespace ta
