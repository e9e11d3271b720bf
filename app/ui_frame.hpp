#pragma once
// One frame of the window, shared by the GLFW window (gui_app.cpp) and the headless runner
// (headless_ui.cpp), so tests drive exactly what users see:
//   1. the platform sets ImGui's input and io.DisplaySize (ImGui_ImplGlfw_NewFrame, or by hand);
//   2. runUiFrame: clocks advance, ImGui frame (shortcuts, menu bar, map interaction, panes,
//      overlays), commands applied, timeline state brought to the date;
//   3. renderUiFrame: the scene rebuilt if needed, the map drawn, then the interface over it.

#include "app_context.hpp"
#include "renderer.hpp"

namespace ta {

/// Steps 2: `dtS` is the time since the previous frame (wall time in the window, fixed in tests).
/// Needs a current ImGui context with fonts built (and the renderer backend's NewFrame called).
void runUiFrame(AppContext& app, double dtS);

/// Step 3, into the currently bound framebuffer of `fbW` x `fbH` pixels.
void renderUiFrame(AppContext& app, Renderer& renderer, int fbW, int fbH);

/// Recomputes app.timeline if the date moved; returns true when it did.
bool refreshTimeline(AppContext& app);

}  // namespace ta
