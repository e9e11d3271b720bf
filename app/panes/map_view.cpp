#include "map_view.hpp"

#include "arabic_text.hpp"
#include "keys.hpp"

#include <imgui.h>

namespace ta {

namespace {
constexpr double kWheelZoomStep = 1.2;
constexpr double kMinMetresPerPixel = 5, kMaxMetresPerPixel = 20000;
}  // namespace

void updateMapView(AppContext& app) {
    ImGuiIO& io = ImGui::GetIO();
    const Vec2 mouse{io.MousePos.x, io.MousePos.y};
    const bool overMap = !io.WantCaptureMouse;

    if (overMap) {
        if (ImGui::IsMouseDragging(ImGuiMouseButton_Left, 0.0f) && (io.MouseDelta.x != 0 || io.MouseDelta.y != 0)) {
            app.camera.panByPixels({io.MouseDelta.x, io.MouseDelta.y});
        }
        if (io.MouseWheel != 0) {
            app.camera.zoomAbout(mouse, io.MouseWheel > 0 ? kWheelZoomStep : 1 / kWheelZoomStep);
            app.camera.clampScale(kMinMetresPerPixel, kMaxMetresPerPixel);
        }
    }
    if (keyPressed(GLFW_KEY_R, false) || keyPressed(GLFW_KEY_HOME, false)) app.camera = app.homeCamera;

    const int hovered = overMap ? app.map.boundaryAt(app.camera.screenToWorld(mouse)) : -1;
    if (hovered != app.hoveredBoundary) {
        app.hoveredBoundary = hovered;
        app.sceneDirty = true;
    }
    if (hovered >= 0 && !ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
        const MapArea& area = app.map.boundaries[static_cast<size_t>(hovered)];
        ImGui::BeginTooltip();
        ImGui::TextUnformatted(area.nameEn.c_str());
        if (!area.nameAr.empty()) ImGui::TextUnformatted(shapeForDisplay(area.nameAr).c_str());
        ImGui::EndTooltip();
    }
}

}  // namespace ta
