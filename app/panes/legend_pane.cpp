#include "legend_pane.hpp"

#include "event_colors.hpp"
#include "pane.hpp"
#include "ui_text.hpp"

#include <imgui.h>

#include <algorithm>

namespace ta {

namespace {

constexpr const char* kStatuses[] = {"none", "truce", "deescalation", "settled", "evacuated", "collapsed"};

std::string termText(const AppContext& app, const std::vector<corpus::Term>& terms, std::string_view id) {
    for (const corpus::Term& t : terms)
        if (t.id == id) return pick(app.lang, t.en, t.ar);
    return std::string(id);
}

// A swatch then a label, mirrored in Arabic (swatch on the right).
void swatchLine(const AppContext& app, const std::string& label, ImU32 color, bool circle) {
    const float em = ImGui::GetFontSize();
    const std::string text = shaped(label);
    const float textW = ImGui::CalcTextSize(text.c_str()).x, avail = ImGui::GetContentRegionAvail().x;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float swatchX = rtl(app) ? pos.x + avail - em * 0.6f : pos.x + em * 0.6f;
    const ImVec2 c(swatchX, pos.y + em * 0.55f);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (circle) {
        dl->AddCircleFilled(c, em * 0.38f, color, 16);
        dl->AddCircle(c, em * 0.38f, IM_COL32(255, 255, 255, 255), 16, 1.2f);
    } else {
        dl->AddRectFilled(ImVec2(c.x - em * 0.12f, c.y - em * 0.45f), ImVec2(c.x + em * 0.12f, c.y + em * 0.45f), color);
    }
    const float textX = rtl(app) ? pos.x + avail - em * 1.5f - textW : pos.x + em * 1.5f;
    dl->AddText(ImVec2(textX, pos.y), ImGui::GetColorU32(ImGuiCol_Text), text.c_str());
    ImGui::Dummy(ImVec2(avail, em * 1.15f));
}

}  // namespace

void drawLegendPane(AppContext& app) {
    if (!beginPane(app, "legend", app.show.legend, app.layout.leftBottom, ImGuiWindowFlags_AlwaysAutoResize, app.layout.legendCollapsed)) return;
    // Opened from its collapsed title bar at the bottom of the map, it grows upwards, not under the timeline.
    const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    if (pos.y + size.y > app.layout.legendBottom + 1 && !ImGui::IsMouseDragging(ImGuiMouseButton_Left))
        ImGui::SetWindowPos(ImVec2(pos.x, std::max(app.layout.menuBarPx, app.layout.legendBottom - size.y)));
    const std::vector<corpus::Term> none;
    const auto& statuses = app.corpus ? app.corpus->taxonomy().statuses : none;
    const auto& kinds = app.corpus ? app.corpus->taxonomy().eventKinds : none;
    textDim(app, tr(app.lang, "legend.places"));
    for (const char* s : kStatuses) swatchLine(app, termText(app, statuses, s), toImU32(app.style.statusColor(s)), true);
    textDim(app, tr(app.lang, "legend.size"));
    if (ImGui::TreeNode(L(app, "legend.kinds").c_str())) {
        for (std::string_view k : kColoredEventKinds) swatchLine(app, termText(app, kinds, k), toImU32(eventKindColor(k)), false);
        ImGui::TreePop();
    }
    textDim(app, tr(app.lang, "legend.zones"));
    ImGui::End();
}

}  // namespace ta
