#include "screenshot_dialog.hpp"

#include "app_context.hpp"
#include "atomic_file.hpp"
#include "base_map.hpp"
#include "image.hpp"
#include "pane.hpp"
#include "render_target.hpp"
#include "renderer.hpp"
#include "ui_text.hpp"

#include <imgui.h>

#include <algorithm>
#include <filesystem>

namespace ta {

namespace fs = std::filesystem;

namespace {

constexpr int kMinSize = 64, kMaxWidth = 7680, kMaxHeight = 4320;
constexpr int kSamples = 4;

}  // namespace

std::string screenshotPath(const std::string& folder, const std::string& isoDate) {
    const fs::path dir = folder.empty() ? fs::path(".") : fs::path(folder);
    fs::path p = dir / ("truce-atlas-" + isoDate + ".png");
    for (int n = 2; fs::exists(p); ++n) p = dir / ("truce-atlas-" + isoDate + "-" + std::to_string(n) + ".png");
    return p.string();
}

void requestScreenshot(AppContext& app) { app.screenshot.pending = true; }

void drawScreenshotDialog(AppContext& app) {
    if (!beginPane(app, "screenshot", app.show.screenshot, app.layout.center)) return;
    ScreenshotState& s = app.screenshot;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
    int size[2] = {s.width, s.height};
    if (ImGui::InputInt2(L(app, "shot.size").c_str(), size)) {
        s.width = std::clamp(size[0], kMinSize, kMaxWidth);
        s.height = std::clamp(size[1], kMinSize, kMaxHeight);
    }
    const struct {
        const char* label;
        int w, h;
    } presets[] = {{"1920x1080", 1920, 1080}, {"3840x2160", 3840, 2160}, {"7680x4320", 7680, 4320}};
    for (const auto& p : presets) {
        ImGui::SameLine();
        if (ImGui::SmallButton(p.label)) {
            s.width = p.w;
            s.height = p.h;
        }
    }
    textDim(app, tr(app.lang, "shot.overlays"));
    ImGui::Checkbox(L(app, "shot.title").c_str(), &s.overlays.title);
    ImGui::SameLine();
    ImGui::Checkbox(L(app, "shot.date").c_str(), &s.overlays.date);
    ImGui::SameLine();
    ImGui::Checkbox(L(app, "shot.legend").c_str(), &s.overlays.legend);
    ImGui::SameLine();
    ImGui::Checkbox(L(app, "shot.scale").c_str(), &s.overlays.scale);
    ImGui::SameLine();
    ImGui::Checkbox(L(app, "shot.attribution").c_str(), &s.overlays.attribution);
    ImGui::Checkbox(L(app, "shot.transparent").c_str(), &s.transparent);
    char buf[1024];
    std::snprintf(buf, sizeof buf, "%s", s.folder.c_str());
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 18);
    if (ImGui::InputText(L(app, "shot.folder").c_str(), buf, sizeof buf)) s.folder = buf;
    if (ImGui::Button(L(app, "shot.save").c_str())) requestScreenshot(app);
    recordItem(app, "shot.save");
    if (!s.lastResult.empty()) paragraph(app, s.lastResult);
    ImGui::End();
}

void takePendingScreenshot(AppContext& app, Renderer& renderer, const SceneInputs& inputs) {
    ScreenshotState& s = app.screenshot;
    if (!s.pending) return;
    s.pending = false;
    try {
        const std::string path = screenshotPath(s.folder, formatIsoDay(app.playback.current()));
        checkWritableDestination(path);
        // The window's view at the chosen size: same centre, the width the window shows, and
        // everything drawn in logical pixels scaled by the ratio, as on a high-DPI screen.
        Camera camera = app.camera;
        const double ratio = s.width / std::max(camera.widthPx, 1.0);
        camera.pixelRatio = ratio;
        camera.heightPx = s.height / ratio;
        const Style* style = &app.style;
        Style transparentStyle;
        if (s.transparent) {
            transparentStyle = app.style;
            transparentStyle.sea = transparentStyle.sea.withAlpha(0);
            style = &transparentStyle;
            renderer.upload(buildScene(app.map, inputs, *style));
        }
        if (s.overlays.any()) {
            const OverlayContent content = overlayContent(app.corpus ? &*app.corpus : nullptr, app.playback.current(),
                                                          std::string(langId(app.lang)), attributionLine(app.map.base), *style);
            text::TextEngine& text = renderer.textEngine();
            renderer.uploadOverlay(layoutOverlays(s.overlays, content, camera, *style,
                                                  [&](const std::string& t, float px) { return text.widthPx(t, px); }));
        }
        Image image = renderImage(camera, kSamples, [&](const Camera& c, int w, int h) { renderer.draw(c, w, h); });
        unpremultiply(image);
        if (s.overlays.any()) renderer.uploadOverlay({});
        if (s.transparent) renderer.upload(buildScene(app.map, inputs, app.style));
        writePng(path, image);
        s.lastPath = path;
        s.lastResult = tr(app.lang, "shot.saved") + " " + path + " (" + std::to_string(image.width) + "x" + std::to_string(image.height) + ")";
    } catch (const std::exception& e) {
        s.lastResult = e.what();
    }
    app.messages.push_back(s.lastResult);
}

}  // namespace ta
