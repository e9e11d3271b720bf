#pragma once
// The GLFW window and its OpenGL 3.3 core context (RAII). Knows nothing of the map.

#include <string>

struct GLFWwindow;

namespace ta {

class Window {
public:
    /// Throws ta::Error when there is no display or no GL 3.3 core context, saying what to do.
    Window(int width, int height, const std::string& title);
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    GLFWwindow* handle() const { return m_window; }
    bool shouldClose() const;
    void swap();
    void setTitle(const std::string& title);
    /// Framebuffer size in pixels and content scale (high-DPI: 2 on a retina-like screen).
    void framebufferSize(int& w, int& h) const;
    float contentScale() const;
    /// Blocks until an event arrives or `seconds` pass: an idle window costs nothing.
    static void waitEvents(double seconds);
    static void pollEvents();

private:
    GLFWwindow* m_window = nullptr;
};

}  // namespace ta
