#pragma once
// Screenshots from the window: File > Screenshot (a dialog: size up to 7680x4320, overlays,
// transparent background, folder) and F12 (saves at once with the dialog's settings). The image is
// drawn offscreen by the window's own renderer at the chosen size, so it looks like the window:
// the same view, the same scene, scaled (text and lines grow with the size).

#include "overlay_layout.hpp"
#include "scene_builder.hpp"

#include <string>

namespace ta {

struct AppContext;
class Renderer;

struct ScreenshotState {
    int width = 1920, height = 1080;
    OverlaySet overlays{true, true, true, true, true};
    bool transparent = false;     // the sea (the background) left transparent
    std::string folder = ".";
    bool pending = false;         // render at the end of this frame
    std::string lastResult;       // "saved ..." or why not
    std::string lastPath;         // the file last written ("" if none)
};

void drawScreenshotDialog(AppContext& app);
/// F12: a screenshot with the current settings, taken at the end of the frame.
void requestScreenshot(AppContext& app);
/// Takes a pending screenshot (call from the frame's drawing, with the inputs of the window's
/// scene); restores the renderer's scene afterwards.
void takePendingScreenshot(AppContext& app, Renderer& renderer, const SceneInputs& inputs);

/// "truce-atlas-2016-08-26.png" in `folder`, or "-2", "-3"... when that file exists.
std::string screenshotPath(const std::string& folder, const std::string& isoDate);

}  // namespace ta
