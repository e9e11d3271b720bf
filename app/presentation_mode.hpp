#pragma once
// Presentation mode, for teaching from the window: fullscreen, every pane and the menu bar hidden,
// the date and the current event (or tour caption) in large type over the map, an optional
// high-contrast theme for projectors, and a highlight around the cursor so the room can follow
// the pointer. F5 toggles it; the state is plain and kept in AppContext.

#include "style.hpp"
#include "ui_state.hpp"

#include <optional>

struct GLFWwindow;

namespace ta {

struct AppContext;

struct PresentationState {
    bool active = false;
    bool highContrast = false;      // projector theme (map and interface), while presenting
    bool cursorHighlight = true;    // a ring around the mouse pointer, while presenting
    PaneVisibility savedPanes;      // what was open before presenting, restored after
    std::optional<Style> savedStyle;  // the map style before the high-contrast theme
    // The window's size and place before going fullscreen (gui_app applies the change).
    int windowedX = 0, windowedY = 0, windowedW = 0, windowedH = 0;
    bool fullscreenApplied = false;
};

/// Enters or leaves presentation mode (panes hidden or restored; fullscreen follows in
/// syncFullscreen).
void togglePresentation(AppContext& app);

/// The map and interface colours for projectors: darker outlines, stronger symbols, black panels.
/// Pure: the style to draw with when `highContrast` is on.
Style highContrastStyle(const Style& base);

/// Applies app.presentation's theme choice to the map style and ImGui's colours (call once a frame;
/// cheap when nothing changed).
void applyPresentationTheme(AppContext& app);

/// The large date and caption at the bottom of the map and the cursor highlight (foreground).
void drawPresentationOverlay(AppContext& app);

/// Puts the GLFW window into fullscreen on its monitor, or back, to match app.presentation.
void syncFullscreen(GLFWwindow* window, PresentationState& state);

}  // namespace ta
