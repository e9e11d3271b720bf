#include "headless_ui.hpp"

#include "app_setup.hpp"
#include "render_target.hpp"
#include "renderer.hpp"
#include "ui_frame.hpp"

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

namespace ta {

namespace {

// The same key map the GLFW backend installs (imgui_impl_glfw.cpp, 1.86): widgets read
// io.KeysDown through it, and our shortcuts index io.KeysDown by GLFW key codes (keys.hpp).
void installGlfwKeyMap(ImGuiIO& io) {
    io.KeyMap[ImGuiKey_Tab] = GLFW_KEY_TAB;
    io.KeyMap[ImGuiKey_LeftArrow] = GLFW_KEY_LEFT;
    io.KeyMap[ImGuiKey_RightArrow] = GLFW_KEY_RIGHT;
    io.KeyMap[ImGuiKey_UpArrow] = GLFW_KEY_UP;
    io.KeyMap[ImGuiKey_DownArrow] = GLFW_KEY_DOWN;
    io.KeyMap[ImGuiKey_PageUp] = GLFW_KEY_PAGE_UP;
    io.KeyMap[ImGuiKey_PageDown] = GLFW_KEY_PAGE_DOWN;
    io.KeyMap[ImGuiKey_Home] = GLFW_KEY_HOME;
    io.KeyMap[ImGuiKey_End] = GLFW_KEY_END;
    io.KeyMap[ImGuiKey_Insert] = GLFW_KEY_INSERT;
    io.KeyMap[ImGuiKey_Delete] = GLFW_KEY_DELETE;
    io.KeyMap[ImGuiKey_Backspace] = GLFW_KEY_BACKSPACE;
    io.KeyMap[ImGuiKey_Space] = GLFW_KEY_SPACE;
    io.KeyMap[ImGuiKey_Enter] = GLFW_KEY_ENTER;
    io.KeyMap[ImGuiKey_Escape] = GLFW_KEY_ESCAPE;
    io.KeyMap[ImGuiKey_KeyPadEnter] = GLFW_KEY_KP_ENTER;
    io.KeyMap[ImGuiKey_A] = GLFW_KEY_A;
    io.KeyMap[ImGuiKey_C] = GLFW_KEY_C;
    io.KeyMap[ImGuiKey_V] = GLFW_KEY_V;
    io.KeyMap[ImGuiKey_X] = GLFW_KEY_X;
    io.KeyMap[ImGuiKey_Y] = GLFW_KEY_Y;
    io.KeyMap[ImGuiKey_Z] = GLFW_KEY_Z;
}

}  // namespace

HeadlessUi::HeadlessUi(const std::vector<std::string>& args, int width, int height, const std::optional<Settings>& settings)
    : m_width(width), m_height(height) {
    setUpApp(m_app, parseGuiArgs(args), settings);
    IMGUI_CHECKVERSION();
    m_imgui = ImGui::CreateContext();
    ImGui::SetCurrentContext(m_imgui);  // CreateContext makes it current only when none is
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
    installGlfwKeyMap(io);
    ImGui::StyleColorsDark();
    ImGui_ImplOpenGL3_Init("#version 330 core");
    m_app.fonts = buildUiFonts(1.0f);
    m_renderer = std::make_unique<Renderer>();
    m_target = std::make_unique<RenderTarget>(width, height, 0);
}

HeadlessUi::~HeadlessUi() {
    try {
        m_gl.makeCurrent();
    } catch (const std::exception&) {
        // EGL lost the context: its GL objects went with it; ImGui's own state is still freed below.
    }
    ImGui::SetCurrentContext(m_imgui);
    m_target.reset();
    m_renderer.reset();
    ImGui_ImplOpenGL3_Shutdown();
    ImGui::DestroyContext(m_imgui);
}

void HeadlessUi::activate() {
    m_gl.makeCurrent();
    ImGui::SetCurrentContext(m_imgui);
}

void HeadlessUi::frame() {
    activate();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(m_width), static_cast<float>(m_height));
    io.DeltaTime = static_cast<float>(frameSeconds);
    ImGui_ImplOpenGL3_NewFrame();
    runUiFrame(m_app, frameSeconds);
    m_target->bind();
    renderUiFrame(m_app, *m_renderer, m_width, m_height);
    glFinish();
}

void HeadlessUi::frames(int n) {
    for (int i = 0; i < n; ++i) frame();
}

void HeadlessUi::moveMouse(float x, float y) {
    activate();
    ImGui::GetIO().MousePos = ImVec2(x, y);
    frame();
}

void HeadlessUi::click(float x, float y, int button) {
    moveMouse(x, y);
    ImGui::GetIO().MouseDown[button] = true;
    frame();
    ImGui::GetIO().MouseDown[button] = false;
    frame();
}

std::optional<Rect> HeadlessUi::itemRect(std::string_view id) const {
    const auto it = m_app.itemRects.find(id);
    if (it == m_app.itemRects.end()) return std::nullopt;
    return it->second;
}

bool HeadlessUi::clickItem(std::string_view id) {
    const auto r = itemRect(id);
    if (!r) return false;
    click(r->x + r->w / 2, r->y + r->h / 2);
    return true;
}

void HeadlessUi::setModifiers(bool ctrl, bool shift) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[GLFW_KEY_LEFT_CONTROL] = ctrl;
    io.KeysDown[GLFW_KEY_LEFT_SHIFT] = shift;
    io.KeyCtrl = ctrl;
    io.KeyShift = shift;
}

void HeadlessUi::drag(float x0, float y0, float x1, float y1, int steps, bool shift, int button) {
    activate();
    setModifiers(false, shift);
    moveMouse(x0, y0);
    ImGui::GetIO().MouseDown[button] = true;
    frame();
    steps = std::max(steps, 1);
    for (int i = 1; i <= steps; ++i) moveMouse(x0 + (x1 - x0) * static_cast<float>(i) / steps, y0 + (y1 - y0) * static_cast<float>(i) / steps);
    ImGui::GetIO().MouseDown[button] = false;
    frame();
    setModifiers(false, false);
}

void HeadlessUi::wheel(float x, float y, float delta) {
    activate();
    ImGui::GetIO().MousePos = ImVec2(x, y);
    ImGui::GetIO().MouseWheel = delta;  // ImGui clears it at the end of the frame
    frame();
}

void HeadlessUi::pressKey(int glfwKey, bool ctrl, bool shift) {
    activate();
    setModifiers(ctrl, shift);
    ImGui::GetIO().KeysDown[glfwKey] = true;
    frame();
    ImGui::GetIO().KeysDown[glfwKey] = false;
    setModifiers(false, false);
    frame();
}

void HeadlessUi::typeText(std::string_view utf8) {
    activate();
    ImGui::GetIO().AddInputCharactersUTF8(std::string(utf8).c_str());
    frame();
}

Image HeadlessUi::screenshot() {
    activate();
    Image image = m_target->read();
    for (size_t i = 3; i < image.rgba.size(); i += 4) image.rgba[i] = 255;  // as the window shows it: opaque
    return image;
}

}  // namespace ta
