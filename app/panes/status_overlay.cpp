#include "status_overlay.hpp"

#include "base_map.hpp"

#include <imgui.h>

namespace ta {

void drawStatusOverlay(AppContext& app, float bottomReservedPx) {
    ImGuiIO& io = ImGui::GetIO();
    const float pad = ImGui::GetFontSize() * 0.6f;
    const ImGuiWindowFlags overlay = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                     ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove;

    ImGui::SetNextWindowPos(ImVec2(pad, pad));
    ImGui::SetNextWindowBgAlpha(0.85f);
    ImGui::Begin("##title", nullptr, overlay);
    ImGui::PushFont(app.fonts.large);
    ImGui::TextUnformatted(formatIsoDay(app.playback.current()).c_str());
    ImGui::PopFont();
    ImGui::TextUnformatted("Truce Atlas: Syria's reconciliation agreements, 2012-2018");
    ImGui::TextDisabled("%zu areas from %s", app.map.boundaries.size(), app.map.base.boundariesSource.c_str());
    for (const std::string& m : app.messages) ImGui::TextColored(ImVec4(0.8f, 0.2f, 0.1f, 1), "%s", m.c_str());
    ImGui::End();

    const std::string attribution = attributionLine(app.map.base);
    const ImVec2 size = ImGui::CalcTextSize(attribution.c_str());
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x - size.x - pad * 2.5f, io.DisplaySize.y - bottomReservedPx - size.y - pad * 2.5f));
    ImGui::SetNextWindowBgAlpha(0.7f);
    ImGui::Begin("##attribution", nullptr, overlay);
    ImGui::TextUnformatted(attribution.c_str());
    ImGui::End();
}

}  // namespace ta
