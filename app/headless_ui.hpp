#pragma once
// The window's real frame (ui_frame.hpp) without a window: an EGL context (headless_context.hpp),
// Dear ImGui with only its OpenGL 3 backend, io.DisplaySize set by hand, and input fed as ImGui IO
// events. Each frame runs exactly what the window runs and renders the map and the interface into
// an offscreen framebuffer, so tests can assert on AppContext and on screenshots. No X server needed.
//
// Example (tests/gui/ui_driver_test.cpp has more):
//
//     ta::HeadlessUi ui({"--date", "2016-08-26"});      // the window's options; 1280x720 by default
//     ui.frames(2);                                        // let the layout settle
//     ui.clickItem("cases.row.14");                        // an item a pane published (recordItem)
//     EXPECT_EQ(ui.app().selection.caseIndex, ...);
//     ui.pressKey(GLFW_KEY_RIGHT);                         // down one frame, up the next
//     ui.click(640, 360);                                  // move, press, release: three frames
//     ta::Image shot = ui.screenshot();                    // the last frame, as the window shows it
//
// Time is fixed per frame (frameSeconds, 1/60 s by default), so playback and fly-to animations
// advance the same way on every machine. Items are found by the ids panes publish with
// recordItem() (panes/ui_text.hpp) into app().itemRects: publish the ones your tests click.
// Settings are neither read nor written unless given to the constructor.

#include "app_context.hpp"
#include "headless_context.hpp"
#include "image.hpp"
#include "settings.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct ImGuiContext;

namespace ta {

class Renderer;
class RenderTarget;

class HeadlessUi {
public:
    /// `args` as the window takes them (parseGuiArgs); throws like the window does (ta::Error,
    /// ta::UsageError). The display is `width` x `height` logical pixels at scale 1.
    explicit HeadlessUi(const std::vector<std::string>& args, int width = 1280, int height = 720,
                        const std::optional<Settings>& settings = std::nullopt);
    ~HeadlessUi();
    HeadlessUi(const HeadlessUi&) = delete;
    HeadlessUi& operator=(const HeadlessUi&) = delete;

    AppContext& app() { return m_app; }
    double frameSeconds = 1.0 / 60;  // the time step of every frame

    /// One frame with the current input state; `n` frames.
    void frame();
    void frames(int n);

    /// Mouse position in logical pixels (top-left origin), then one frame.
    void moveMouse(float x, float y);
    /// Move there, press, release: three frames. `button` 0 left, 1 right.
    void click(float x, float y, int button = 0);
    /// Clicks the centre of an item a pane published under `id`; false (and no click) if there is none.
    bool clickItem(std::string_view id);
    /// The published rectangle of `id`, if the last frame drew it.
    std::optional<Rect> itemRect(std::string_view id) const;
    /// Press at (x0,y0), move to (x1,y1) in `steps` frames, release. With `shift` held throughout.
    void drag(float x0, float y0, float x1, float y1, int steps = 6, bool shift = false, int button = 0);
    /// One frame with the wheel turned by `delta` notches (positive: away from the user) at (x,y).
    void wheel(float x, float y, float delta);
    /// A key (GLFW_KEY_*) down for one frame and up the next; with Ctrl/Shift held if asked.
    void pressKey(int glfwKey, bool ctrl = false, bool shift = false);
    /// Characters typed into the focused field, in one frame.
    void typeText(std::string_view utf8);

    /// The last frame rendered: the map and the interface, opaque RGBA, rows top-down.
    Image screenshot();

private:
    void activate();  // this instance's GL and ImGui contexts current (tests hold several)
    void setModifiers(bool ctrl, bool shift);

    HeadlessContext m_gl;  // first: every GL object below dies before the context
    AppContext m_app;
    ImGuiContext* m_imgui = nullptr;
    std::unique_ptr<Renderer> m_renderer;
    std::unique_ptr<RenderTarget> m_target;
    int m_width, m_height;
};

}  // namespace ta
