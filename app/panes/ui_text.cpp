#include "ui_text.hpp"

#include "arabic_text.hpp"
#include "text_wrap.hpp"

#include <algorithm>

namespace ta {

namespace {

constexpr size_t kMaxCachedParagraphs = 4000;

void alignRight(float width) {
    const float avail = ImGui::GetContentRegionAvail().x;
    if (width < avail) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + avail - width);
}

void drawLine(const std::string& visual, bool right, ImU32 color) {
    if (right) alignRight(ImGui::CalcTextSize(visual.c_str()).x);
    if (color) ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextUnformatted(visual.c_str());
    if (color) ImGui::PopStyleColor();
}

}  // namespace

std::string shaped(std::string_view logical) { return containsArabic(logical) ? shapeForDisplay(logical) : std::string(logical); }

std::string T(const AppContext& app, std::string_view key) { return shaped(tr(app.lang, key)); }

std::string L(const AppContext& app, std::string_view key) { return T(app, key) + "###" + std::string(key); }

ImU32 toImU32(const Rgba& c) { return ImGui::ColorConvertFloat4ToU32(ImVec4(c.r, c.g, c.b, c.a)); }

void textLine(const AppContext& app, std::string_view logical, ImU32 color) { drawLine(shaped(logical), rtl(app), color); }

void textDim(const AppContext& app, std::string_view logical) {
    textLine(app, logical, ImGui::GetColorU32(ImGuiCol_TextDisabled));
}

void paragraph(AppContext& app, std::string_view logical, ImU32 color) {
    if (logical.empty()) return;
    const float width = std::max(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 4);
    if (!containsArabic(logical)) {
        if (color) ImGui::PushStyleColor(ImGuiCol_Text, color);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ImGui::TextUnformatted(logical.data(), logical.data() + logical.size());
        ImGui::PopTextWrapPos();
        if (color) ImGui::PopStyleColor();
        return;
    }
    std::string key(logical);
    key += '\x1f' + std::to_string(static_cast<int>(width)) + '\x1f' + std::to_string(static_cast<int>(ImGui::GetFontSize()));
    auto it = app.shapedText.lines.find(key);
    if (it == app.shapedText.lines.end()) {
        if (app.shapedText.lines.size() > kMaxCachedParagraphs) app.shapedText.clear();
        std::vector<std::string> lines = wrapLogicalText(logical, width, [](std::string_view line) {
            const std::string v = shapeForDisplay(line);
            return ImGui::CalcTextSize(v.c_str()).x;
        });
        for (std::string& l : lines) l = shapeForDisplay(l);
        it = app.shapedText.lines.emplace(std::move(key), std::move(lines)).first;
    }
    const bool right = rtl(app) || containsArabic(logical);
    for (const std::string& line : it->second) drawLine(line, right, color);
}

void heading(const AppContext& app, std::string_view logical) {
    ImGui::Spacing();
    ImGui::Separator();
    textLine(app, logical, ImGui::GetColorU32(ImGuiCol_PlotLinesHovered));
}

bool linkLine(const AppContext& app, const char* id, std::string_view logical, bool selected, ImU32 color) {
    const std::string visual = shaped(logical);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::PushID(id);
    const bool clicked = ImGui::Selectable("##link", selected, 0, ImVec2(width, 0));
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    const float textW = ImGui::CalcTextSize(visual.c_str()).x;
    const float x = rtl(app) ? pos.x + std::max(width - textW, 0.f) : pos.x;
    const ImU32 col = color ? color : ImGui::GetColorU32(hovered ? ImGuiCol_PlotLinesHovered : ImGuiCol_Text);
    ImGui::GetWindowDrawList()->AddText(ImVec2(x, pos.y), col, visual.c_str());
    return clicked;
}

void recordItem(AppContext& app, std::string_view id) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    recordRect(app, id, Rect{a.x, a.y, b.x - a.x, b.y - a.y});
}

void recordRect(AppContext& app, std::string_view id, const Rect& rect) { app.itemRects.insert_or_assign(std::string(id), rect); }

}  // namespace ta
