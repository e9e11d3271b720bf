#include "gui_app.hpp"

#include "app_context.hpp"
#include "corpus_source.hpp"
#include "error.hpp"
#include "image.hpp"
#include "map_source.hpp"
#include "panes/map_view.hpp"
#include "panes/status_overlay.hpp"
#include "panes/timeline_strip.hpp"
#include "renderer.hpp"
#include "scene_builder.hpp"
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
    const size_t row = static_cast<size_t>(w) * 4;
    std::vector<uint8_t> tmp(row);
    for (int y = 0; y < h / 2; ++y) {
        std::memcpy(tmp.data(), &image.rgba[static_cast<size_t>(y) * row], row);
        std::memcpy(&image.rgba[static_cast<size_t>(y) * row], &image.rgba[static_cast<size_t>(h - 1 - y) * row], row);
        std::memcpy(&image.rgba[static_cast<size_t>(h - 1 - y) * row], tmp.data(), row);
    }
    for (size_t i = 3; i < image.rgba.size(); i += 4) image.rgba[i] = 255;  // the window is opaque
    return image;
}

std::string windowTitle(const AppContext& app) {
    return "Truce Atlas — " + formatIsoDay(app.playback.current()) + " — " + app.map.base.boundariesSource;
}

}  // namespace

int runGui(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    AppContext app;
    app.options = parseGuiArgs(args);
    app.lang = app.options.map.lang;
    if (app.options.map.date) app.playback.setDay(*app.options.map.date);

    Window window(app.options.width, app.options.height, "Truce Atlas");
    app.map = loadMap(app.options.map, app.projection);
    for (const std::string& w : app.map.base.warnings) app.messages.push_back("warning: " + w);
    app.corpus = loadProgramCorpus(app.options.map.corpusDb, app.messages);
    if (app.corpus) app.corpusGeometry = projectCorpus(*app.corpus, app.projection);

    ImGuiSession imgui(window.handle());
    float contentScale = window.contentScale();
    app.fonts = buildUiFonts(contentScale);
    ImGui::GetStyle().ScaleAllSizes(contentScale);

    Renderer renderer;
    int fbW = 0, fbH = 0;
    window.framebufferSize(fbW, fbH);
    {
        const ImGuiIO& io = ImGui::GetIO();
        (void)io;
        int winW = 0, winH = 0;
        glfwGetWindowSize(window.handle(), &winW, &winH);
        app.homeCamera = initialCamera(app.options.map, app.map, app.projection, winW, winH * 0.9);
        app.camera = app.homeCamera;
    }

    int32_t lastDay = -1;
    int frame = 0;
    auto lastTime = std::chrono::steady_clock::now();
    while (!window.shouldClose()) {
        // Idle is free: block for input unless something animates.
        if (app.playback.playing || frame < 3) Window::pollEvents();
        else Window::waitEvents(0.5);
        const auto now = std::chrono::steady_clock::now();
        app.playback.advance(std::chrono::duration<double>(now - lastTime).count());
        lastTime = now;

        if (const float s = window.contentScale(); std::abs(s - contentScale) > 0.01f) {
            contentScale = s;
            app.fonts = buildUiFonts(s);  // between frames, as ImGui 1.86 requires
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            ImGui::GetStyle() = ImGuiStyle();
            ImGui::StyleColorsDark();
            ImGui::GetStyle().ScaleAllSizes(s);
        }

        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        int winW = 0, winH = 0;
        glfwGetWindowSize(window.handle(), &winW, &winH);
        window.framebufferSize(fbW, fbH);
        app.camera.widthPx = winW;
        app.camera.heightPx = winH;
        app.camera.pixelRatio = winW > 0 ? static_cast<double>(fbW) / winW : 1;

        updateMapView(app);
        const float stripPx = drawTimelineStrip(app);
        drawStatusOverlay(app, stripPx);
        ImGui::Render();

        if (app.playback.current().n != lastDay) {
            lastDay = app.playback.current().n;
            if (app.corpus) corpus::stateAt(*app.corpus, app.playback.current(), app.timeline);
            window.setTitle(windowTitle(app));
            app.sceneDirty = true;
        }
        if (app.playback.playing) app.sceneDirty = true;  // transitions move with the fractional day
        if (app.sceneDirty) {
            SceneInputs inputs;
            if (app.corpus) inputs.corpus = {&*app.corpus, &app.timeline, &app.corpusGeometry, app.playback.day};
            inputs.hoveredBoundary = app.hoveredBoundary;
            inputs.selectedBoundary = app.selectedBoundary;
            renderer.upload(buildScene(app.map, inputs, app.style));
            app.sceneDirty = false;
        }
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        renderer.draw(app.camera, fbW, fbH);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        ++frame;
        const bool last = app.options.frames > 0 && frame >= app.options.frames;
        if (last && !app.options.screenshot.empty()) {
            writePng(app.options.screenshot, readBackBuffer(fbW, fbH));
            out << "wrote " << app.options.screenshot << " (" << fbW << "x" << fbH << ")\n";
        }
        window.swap();
        if (last) break;
    }
    (void)err;
    return 0;
}

}  // namespace ta
