#include "gui_app.hpp"

#include "app_context.hpp"
#include "app_setup.hpp"
#include "error.hpp"
#include "image.hpp"
#include "renderer.hpp"
#include "settings.hpp"
#include "ui_frame.hpp"
#include "window.hpp"

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <chrono>
#include <cmath>
#include <cstring>

namespace ta {

namespace {

constexpr double kSettingsSaveIntervalS = 2;

// ImGui's context lives exactly as long as this guard.
struct ImGuiSession {
    explicit ImGuiSession(GLFWwindow* window) {
        IMGUI_CHECKVERSION();
        ImGui::CreateContext();
        ImGui::GetIO().IniFilename = nullptr;  // settings are ours (XDG config), not imgui.ini in the cwd
        ImGui::StyleColorsDark();
        ImGui_ImplGlfw_InitForOpenGL(window, true);
        ImGui_ImplOpenGL3_Init("#version 330 core");
    }
    ~ImGuiSession() {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
        ImGui::DestroyContext();
    }
    ImGuiSession(const ImGuiSession&) = delete;
    ImGuiSession& operator=(const ImGuiSession&) = delete;
};

Image readBackBuffer(int w, int h) {
    Image image;
    image.width = w;
    image.height = h;
    image.rgba.resize(static_cast<size_t>(w) * h * 4);
    glReadBuffer(GL_BACK);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
    flipRows(image);
    for (size_t i = 3; i < image.rgba.size(); i += 4) image.rgba[i] = 255;  // the window is opaque
    return image;
}

std::string windowTitle(const AppContext& app) {
    return "Truce Atlas — " + formatIsoDay(app.playback.current()) + " — " + app.map.base.boundariesSource;
}

// Where the settings live for this run: none for --no-settings and for --frames runs (tests and
// benchmarks must not touch the user's file) unless --settings names one.
std::filesystem::path settingsPathFor(const GuiOptions& o) {
    if (o.noSettings) return {};
    if (!o.settingsPath.empty()) return o.settingsPath;
    if (o.frames > 0) return {};
    return defaultSettingsPath();
}

// Saves the settings when they changed, at most every few seconds, and once more at exit.
class SettingsSaver {
public:
    explicit SettingsSaver(std::filesystem::path path) : m_path(std::move(path)) {}
    void maybeSave(const AppContext& app, double nowS, bool force, std::vector<std::string>& messages) {
        if (m_path.empty() || (!force && nowS - m_lastCheckS < kSettingsSaveIntervalS)) return;
        m_lastCheckS = nowS;
        const std::string json = settingsToJson(captureSettings(app));
        if (json == m_lastWritten) return;
        try {
            saveSettings(m_path, captureSettings(app));
            m_lastWritten = json;
        } catch (const std::exception& e) {
            if (!m_failed) messages.push_back(std::string("settings not saved: ") + e.what());
            m_failed = true;
        }
    }

private:
    std::filesystem::path m_path;
    std::string m_lastWritten;
    double m_lastCheckS = 0;
    bool m_failed = false;
};

}  // namespace

int runGui(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    AppContext app;
    const GuiOptions options = parseGuiArgs(args);
    const std::filesystem::path settingsPath = settingsPathFor(options);
    SettingsLoad loaded;
    if (!settingsPath.empty()) loaded = loadSettings(settingsPath);
    for (const std::string& m : loaded.messages) err << "truce-atlas: " << m << "\n";

    Window window(options.width, options.height, "Truce Atlas");
    setUpApp(app, options, loaded.settings);
    // What went wrong while loading shows in the window and, for whoever started it from a
    // terminal or a script, on stderr too.
    for (const std::string& m : app.messages) err << "truce-atlas: " << m << "\n";
    app.messages.insert(app.messages.end(), loaded.messages.begin(), loaded.messages.end());

    ImGuiSession imgui(window.handle());
    float contentScale = window.contentScale();
    app.fonts = buildUiFonts(contentScale);
    if (!app.fonts.missing.empty()) {
        const std::string m = app.fonts.missing + ": font not found (install fonts-noto-core); Arabic cannot be shown";
        err << "truce-atlas: " << m << "\n";
        app.messages.push_back(m);
    }
    ImGui::GetStyle().ScaleAllSizes(contentScale);

    Renderer renderer;
    SettingsSaver saver(settingsPath);
    int fbW = 0, fbH = 0;
    int32_t titleDay = -1;
    int frame = 0;
    const auto start = std::chrono::steady_clock::now();
    auto lastTime = start;
    while (!window.shouldClose() && !app.quitRequested) {
        // Idle is free: block for input unless something animates.
        if (app.playback.playing || app.flight.active || frame < 3) Window::pollEvents();
        else Window::waitEvents(0.5);
        const auto now = std::chrono::steady_clock::now();
        const double dt = std::chrono::duration<double>(now - lastTime).count();
        lastTime = now;

        if (const float s = window.contentScale(); std::abs(s - contentScale) > 0.01f) {
            contentScale = s;
            app.fonts = buildUiFonts(s);  // between frames, as ImGui 1.86 requires
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            ImGui::GetStyle() = ImGuiStyle();
            ImGui::StyleColorsDark();
            ImGui::GetStyle().ScaleAllSizes(s);
            app.shapedText.clear();
        }

        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        runUiFrame(app, dt);
        syncFullscreen(window.handle(), app.presentation);  // presentation mode goes fullscreen

        if (app.playback.current().n != titleDay) {
            titleDay = app.playback.current().n;
            window.setTitle(windowTitle(app));
        }
        window.framebufferSize(fbW, fbH);
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        renderUiFrame(app, renderer, fbW, fbH);
        ++frame;
        const bool last = options.frames > 0 && frame >= options.frames;
        if (last && !options.screenshot.empty()) {
            writePng(options.screenshot, readBackBuffer(fbW, fbH));
            out << "wrote " << options.screenshot << " (" << fbW << "x" << fbH << ")\n";
        }
        window.swap();
        saver.maybeSave(app, std::chrono::duration<double>(now - start).count(), false, app.messages);
        if (last) break;
    }
    saver.maybeSave(app, 0, true, app.messages);
    return 0;
}

}  // namespace ta
