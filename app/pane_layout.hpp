#pragma once
// Where the panes go the first time they open, in font units, and the part of the window the map
// keeps free (Dear ImGui 1.86 has no docking). Pure: a function of the display size, the font size
// and which panes are open.

#include "camera.hpp"
#include "ui_state.hpp"

namespace ta {

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
    float right() const { return x + w; }
    float bottom() const { return y + h; }
    bool contains(float px, float py) const { return px >= x && px < x + w && py >= y && py < y + h; }
};

struct PaneLayout {
    float menuBarPx = 0;
    Rect left;        // cases chart (upper part of the left column)
    Rect leftBottom;  // legend (lower part of the left column)
    bool legendCollapsed = false;  // short windows: the legend starts as its title bar over the map
    float legendBottom = 0;        // the legend's lowest edge: above the timeline
    Rect right;       // agreement details
    Rect bottom;      // timeline
    Rect center;      // help, about, dialogs
    Rect map;         // what the panes leave of the map: the camera fits things into it
};

/// `fontPx` is ImGui::GetFontSize(); sizes scale with it, so high-DPI screens get the same layout.
PaneLayout computeLayout(float displayW, float displayH, float fontPx, const PaneVisibility& show);

/// A camera for a window of `windowW` x `windowH` that shows `box` whole inside `area`, with a
/// margin (fraction of the area). Boxes smaller than `minSpanM` metres are widened to it.
Camera fitToArea(const BBox& box, const Rect& area, double windowW, double windowH, double margin, double minSpanM = 0);

}  // namespace ta
