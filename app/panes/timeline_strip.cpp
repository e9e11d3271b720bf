#include "timeline_strip.hpp"

#include "keys.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

namespace ta {

float drawTimelineStrip(AppContext& app) {
    ImGuiIO& io = ImGui::GetIO();
    const float fontPx = ImGui::GetFontSize();
    const float height = fontPx * 4.2f;
    ImGui::SetNextWindowPos(ImVec2(0, io.DisplaySize.y - height));
    ImGui::SetNextWindowSize(ImVec2(io.DisplaySize.x, height));
    ImGui::Begin("##timeline", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    Playback& pb = app.playback;

    if (ImGui::Button(pb.playing ? "Pause" : "Play", ImVec2(fontPx * 4, 0))) pb.togglePlay();
    if (keyPressed(GLFW_KEY_SPACE, false)) pb.togglePlay();
    ImGui::SameLine();
    ImGui::TextUnformatted(formatIsoDay(pb.current()).c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(fontPx * 10);
    float speed = static_cast<float>(pb.daysPerSecond);
    if (ImGui::SliderFloat("days/s", &speed, 1, 365, "%.0f", ImGuiSliderFlags_Logarithmic)) pb.daysPerSecond = speed;

    // The scrubber: a bar with a tick per year; click or drag anywhere on it to set the date.
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float barW = ImGui::GetContentRegionAvail().x, barH = fontPx * 1.6f;
    ImGui::InvisibleButton("##scrub", ImVec2(barW, barH));
    const double span = pb.rangeEnd.n - pb.rangeStart.n;
    if (ImGui::IsItemActive()) {
        const double t = std::clamp((io.MousePos.x - origin.x) / barW, 0.0f, 1.0f);
        pb.setDay(Day{static_cast<int32_t>(pb.rangeStart.n + t * span)});
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 track = IM_COL32(90, 90, 90, 255), tick = IM_COL32(160, 160, 160, 255), accent = IM_COL32(230, 159, 0, 255);
    const float midY = origin.y + barH * 0.35f;
    dl->AddLine(ImVec2(origin.x, midY), ImVec2(origin.x + barW, midY), track, 2);
    for (int year = civilFromDay(pb.rangeStart).year; year <= civilFromDay(pb.rangeEnd).year; ++year) {
        const float x = origin.x + static_cast<float>((dayFromCivil(year, 1, 1).n - pb.rangeStart.n) / span) * barW;
        dl->AddLine(ImVec2(x, midY - fontPx * 0.3f), ImVec2(x, midY + fontPx * 0.3f), tick, 1);
        char label[8];
        std::snprintf(label, sizeof label, "%d", year);
        const float w = ImGui::CalcTextSize(label).x;
        dl->AddText(ImVec2(std::clamp(x - w / 2, origin.x, origin.x + barW - w), midY + fontPx * 0.35f), tick, label);
    }
    const float cx = origin.x + static_cast<float>((pb.day - pb.rangeStart.n) / span) * barW;
    dl->AddLine(ImVec2(cx, origin.y), ImVec2(cx, origin.y + barH * 0.7f), accent, 3);
    dl->AddCircleFilled(ImVec2(cx, midY), fontPx * 0.35f, accent);
    ImGui::End();
    return height;
}

}  // namespace ta
