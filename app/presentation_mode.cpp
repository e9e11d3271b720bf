#include "presentation_mode.hpp"

#include "app_context.hpp"
#include "overlay_layout.hpp"
#include "panes/tour_player.hpp"
#include "panes/ui_text.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>
#include <vector>

namespace ta {

namespace {

// Sizes in multiples of the body font, so they follow the screen's scale.
constexpr float kCursorRadiusEm = 1.8f;
constexpr float kPanelPaddingEm = 0.8f;
constexpr float kMaxWidthFraction = 0.8f;

const char* currentCaption(const AppContext& app, std::string& storage) {
    if (app.tourPlayer.active()) {
        storage = app.tourPlayer.caption(app);
        return storage.c_str();
    }
    if (!app.corpus) return "";
    int event = app.selection.event >= 0 ? app.selection.event : app.timeline.currentEvent;
    if (event < 0) return "";
    const corpus::Event& e = app.corpus->events()[static_cast<size_t>(event)];
    storage = pick(app.lang, e.titleEn, e.titleAr);
    return storage.c_str();
}

void applyImGuiColors(bool highContrast) {
    ImGui::StyleColorsDark();
    if (!highContrast) return;
    ImVec4* c = ImGui::GetStyle().Colors;
    c[ImGuiCol_Text] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_WindowBg] = ImVec4(0, 0, 0, 0.96f);
    c[ImGuiCol_PopupBg] = ImVec4(0, 0, 0, 0.98f);
    c[ImGuiCol_Border] = ImVec4(1, 1, 1, 0.8f);
    c[ImGuiCol_FrameBg] = ImVec4(0.15f, 0.15f, 0.15f, 1);
    c[ImGuiCol_Button] = ImVec4(0.9f, 0.75f, 0.0f, 1);
    c[ImGuiCol_ButtonHovered] = ImVec4(1.0f, 0.85f, 0.2f, 1);
    c[ImGuiCol_Header] = ImVec4(0.9f, 0.75f, 0.0f, 0.8f);
    c[ImGuiCol_TitleBgActive] = ImVec4(0.9f, 0.75f, 0.0f, 1);
    c[ImGuiCol_PlotHistogram] = ImVec4(1.0f, 0.85f, 0.0f, 1);
}

}  // namespace

void togglePresentation(AppContext& app) {
    PresentationState& p = app.presentation;
    p.active = !p.active;
    if (p.active) {
        p.savedPanes = app.show;
        for (const PaneFlag& f : paneFlags(app.show)) *f.open = false;
    } else {
        app.show = p.savedPanes;
    }
    app.sceneDirty = true;
}

Style highContrastStyle(const Style& base) {
    Style s = base;
    s.sea = rgbaFromHex("#8fb4cc");
    s.neighbourFill = rgbaFromHex("#d4cfc4");
    s.neighbourOutline = rgbaFromHex("#6d665a");
    s.syriaFill = rgbaFromHex("#ffffff");
    s.boundaryFillA = rgbaFromHex("#ffffff");
    s.boundaryFillB = rgbaFromHex("#f6f3ec");
    s.boundaryOutline = rgbaFromHex("#4a4338");
    s.syriaOutline = rgbaFromHex("#000000");
    s.neighbourOutlinePx = base.neighbourOutlinePx * 1.5f;
    s.boundaryOutlinePx = base.boundaryOutlinePx * 1.6f;
    s.syriaOutlinePx = base.syriaOutlinePx * 1.6f;
    s.placeRadiusPx = base.placeRadiusPx * 1.4f;
    s.placeStrokePx = base.placeStrokePx * 1.4f;
    s.placeStroke = rgbaFromHex("#000000");
    s.placeLabel = rgbaFromHex("#000000");
    s.areaLabel = rgbaFromHex("#3b342a");
    s.labelHalo = rgbaFromHex("#ffffff");
    s.placeLabelPx = base.placeLabelPx * 1.3f;
    s.mainPlaceLabelPx = base.mainPlaceLabelPx * 1.3f;
    s.areaLabelPx = base.areaLabelPx * 1.2f;
    return s;
}

void applyPresentationTheme(AppContext& app) {
    PresentationState& p = app.presentation;
    const bool want = p.active && p.highContrast;
    if (want == p.savedStyle.has_value()) return;
    if (want) {
        p.savedStyle = app.style;
        app.style = highContrastStyle(app.style);
    } else {
        app.style = *p.savedStyle;
        p.savedStyle.reset();
    }
    applyImGuiColors(want);
    app.sceneDirty = true;
}

void drawPresentationOverlay(AppContext& app) {
    if (!app.presentation.active) return;
    const ImGuiIO& io = ImGui::GetIO();
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    ImFont* font = app.fonts.large ? app.fonts.large : ImGui::GetFont();
    const float em = ImGui::GetFontSize();
    const float pad = em * kPanelPaddingEm;
    const bool highContrast = app.presentation.highContrast;

    // Date and caption: a panel along the bottom, centred, wrapped to most of the width.
    std::string captionStorage;
    const std::string date = shaped(formatCaptionDate(app.playback.current(), std::string(langId(app.lang))));
    const char* captionLogical = currentCaption(app, captionStorage);
    const float maxW = io.DisplaySize.x * kMaxWidthFraction;
    std::vector<std::string> lines;
    if (*captionLogical) {
        // Greedy wrap by words in logical order, each line shaped on its own (Arabic stays joined).
        std::string current;
        std::string text = captionLogical;
        size_t i = 0;
        while (i < text.size()) {
            const size_t j = std::min(text.find(' ', i), text.size());
            const std::string word = text.substr(i, j - i);
            const std::string candidate = current.empty() ? word : current + " " + word;
            if (!current.empty() && font->CalcTextSizeA(font->FontSize * 0.8f, FLT_MAX, 0, shaped(candidate).c_str()).x > maxW) {
                lines.push_back(current);
                current = word;
            } else {
                current = candidate;
            }
            i = j + 1;
        }
        if (!current.empty()) lines.push_back(current);
    }
    const float dateSize = font->FontSize * 1.0f, lineSize = font->FontSize * 0.8f;
    float panelW = font->CalcTextSizeA(dateSize, FLT_MAX, 0, date.c_str()).x;
    for (const std::string& l : lines) panelW = std::max(panelW, font->CalcTextSizeA(lineSize, FLT_MAX, 0, shaped(l).c_str()).x);
    const float panelH = dateSize + lines.size() * lineSize * 1.15f + 2 * pad;
    const ImVec2 p0(std::floor((io.DisplaySize.x - panelW) / 2 - pad), std::floor(io.DisplaySize.y - panelH - em * 1.5f));
    const ImVec2 p1(p0.x + panelW + 2 * pad, p0.y + panelH);
    draw->AddRectFilled(p0, p1, highContrast ? IM_COL32(0, 0, 0, 240) : IM_COL32(18, 20, 26, 200), pad * 0.6f);
    if (highContrast) draw->AddRect(p0, p1, IM_COL32(255, 215, 0, 255), pad * 0.6f, 0, 2.0f);
    const ImU32 dateColor = highContrast ? IM_COL32(255, 215, 0, 255) : IM_COL32(255, 255, 255, 255);
    float y = p0.y + pad;
    const float dateW = font->CalcTextSizeA(dateSize, FLT_MAX, 0, date.c_str()).x;
    draw->AddText(font, dateSize, ImVec2(std::floor((io.DisplaySize.x - dateW) / 2), y), dateColor, date.c_str());
    y += dateSize;
    for (const std::string& l : lines) {
        const std::string s = shaped(l);
        const float w = font->CalcTextSizeA(lineSize, FLT_MAX, 0, s.c_str()).x;
        draw->AddText(font, lineSize, ImVec2(std::floor((io.DisplaySize.x - w) / 2), y), IM_COL32(235, 238, 242, 255), s.c_str());
        y += lineSize * 1.15f;
    }

    // The pointer, ringed so that everyone in the room can follow it.
    if (app.presentation.cursorHighlight && ImGui::IsMousePosValid()) {
        const float r = em * kCursorRadiusEm;
        draw->AddCircleFilled(io.MousePos, r, IM_COL32(255, 210, 0, 70), 48);
        draw->AddCircle(io.MousePos, r, IM_COL32(255, 170, 0, 200), 48, 2.5f);
    }
}

void syncFullscreen(GLFWwindow* window, PresentationState& state) {
    if (!window || state.active == state.fullscreenApplied) return;
    if (state.active) {
        glfwGetWindowPos(window, &state.windowedX, &state.windowedY);
        glfwGetWindowSize(window, &state.windowedW, &state.windowedH);
        GLFWmonitor* monitor = glfwGetPrimaryMonitor();
        const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
        if (monitor && mode) glfwSetWindowMonitor(window, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
    } else {
        glfwSetWindowMonitor(window, nullptr, state.windowedX, state.windowedY, std::max(state.windowedW, 320), std::max(state.windowedH, 240),
                             GLFW_DONT_CARE);
    }
    state.fullscreenApplied = state.active;
}

}  // namespace ta
