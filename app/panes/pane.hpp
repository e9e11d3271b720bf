#pragma once
// The frame every pane shares: a window with a translated title, a stable id, a close button, and
// a first-use place and size from the layout (font units, so it scales with the screen).

#include "app_context.hpp"

#include <imgui.h>

namespace ta {

/// Begins the pane's window. Returns false when it is collapsed, after ending it: then return at
/// once; otherwise draw the content and call ImGui::End().
bool beginPane(AppContext& app, const char* id, bool& open, const Rect& firstUse, ImGuiWindowFlags flags = 0,
               bool startCollapsed = false);

}  // namespace ta
