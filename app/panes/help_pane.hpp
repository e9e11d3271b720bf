#pragma once
#include "app_context.hpp"

namespace ta {
/// F1: the keyboard and mouse shortcuts.
void drawHelpPane(AppContext& app);
/// The study, the data sources and their licences.
void drawAboutPane(AppContext& app);
}  // namespace ta
