#include "status_overlay.hpp"

#include "base_map.hpp"
#include "ui_text.hpp"

#include <imgui.h>

#include <algorithm>

namespace ta {

void drawStatusOverlay(AppContext& app) {
    const Rect& area = app.layout.map;
    const float pad = ImGui::GetFontSize() * 0.6f;
    const ImGuiWindowFlags overlay = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                     ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoBringToFrontOnFocus;

    ImGui::SetNextWindowPos(ImVec2(area.x + pad, area.y + pad));
    ImGui::SetNextWindowBgAlpha(0.85f);
    ImGui::Begin("##title", nullptr, overlay);
    ImGui::PushFont(app.fonts.large);
    ImGui::TextUnformatted(formatIsoDay(app.playback.current()).c_str());
    ImGui::PopFont();
    ImGui::TextUnformatted(T(app, "app.title").c_str());
    ImGui::TextDisabled("%zu %s: %s", app.map.boundaries.size(), T(app, "overlay.areas").c_str(), app.map.base.boundariesSource.c_str());
    // Messages wrap inside the map, so that the panes beside it never hide the end of one.
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::max(area.w - pad * 4, 10 * pad));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.35f, 0.25f, 1));
    for (const std::string& m : app.messages) ImGui::TextWrapped("%s", shaped(m).c_str());
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    ImGui::End();

    const std::string attribution = attributionLine(app.map.base);
    const ImVec2 size = ImGui::CalcTextSize(attribution.c_str());
    ImGui::SetNextWindowPos(ImVec2(area.right() - size.x - pad * 2.5f, area.bottom() - size.y - pad * 2.5f));
    ImGui::SetNextWindowBgAlpha(0.7f);
    ImGui::Begin("##attribution", nullptr, overlay);
    ImGui::TextUnformatted(attribution.c_str());
    ImGui::End();
}

}  // namespace ta
