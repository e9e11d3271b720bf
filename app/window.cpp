#include "window.hpp"

#include "error.hpp"

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <cstdlib>

namespace ta {

namespace {
std::string g_lastGlfwError;  // GLFW reports errors through a C callback with no user pointer
void onGlfwError(int, const char* description) { g_lastGlfwError = description ? description : ""; }
}  // namespace

Window::Window(int width, int height, const std::string& title) {
    const char* display = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    if ((!display || !*display) && (!wayland || !*wayland))
        throw Error("display", "no display to open the window on (DISPLAY is not set).\n"
                               "To make an image without a display: truce-atlas render --date 2016-08-26 -o map.png");
    glfwSetErrorCallback(onGlfwError);
    if (!glfwInit()) throw Error("GLFW", "cannot initialise: " + g_lastGlfwError);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    // No multisampling: every map primitive (lines, symbols, arcs, hatching, text) and ImGui
    // antialias themselves, and fill edges lie under outlines; on llvmpipe 4x MSAA tripled the
    // frame (bench/README.md, "Renderer (issue 4)": 37.7 vs 12.0 ms at 1080p).
    glfwWindowHint(GLFW_SAMPLES, 0);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    m_window = glfwCreateWindow(width, height, title.c_str(), nullptr, nullptr);
    if (!m_window) {
        const std::string why = g_lastGlfwError;
        glfwTerminate();
        throw Error("OpenGL", "cannot create a window with an OpenGL 3.3 core context: " + why);
    }
    glfwMakeContextCurrent(m_window);
    glfwSwapInterval(1);
    if (!gladLoadGL(reinterpret_cast<GLADloadfunc>(glfwGetProcAddress))) {
        glfwDestroyWindow(m_window);
        glfwTerminate();
        throw Error("OpenGL", "cannot load OpenGL 3.3 functions");
    }
}

Window::~Window() {
    if (m_window) glfwDestroyWindow(m_window);
    glfwTerminate();
}

bool Window::shouldClose() const { return glfwWindowShouldClose(m_window); }
void Window::swap() { glfwSwapBuffers(m_window); }
void Window::setTitle(const std::string& title) { glfwSetWindowTitle(m_window, title.c_str()); }
void Window::framebufferSize(int& w, int& h) const { glfwGetFramebufferSize(m_window, &w, &h); }

float Window::contentScale() const {
    float x = 1, y = 1;
    glfwGetWindowContentScale(m_window, &x, &y);
    return x > 0 ? x : 1;
}

void Window::waitEvents(double seconds) { glfwWaitEventsTimeout(seconds); }
void Window::pollEvents() { glfwPollEvents(); }

}  // namespace ta
