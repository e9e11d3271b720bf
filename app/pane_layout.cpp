#include "pane_layout.hpp"

#include <algorithm>

namespace ta {

namespace {
// In font units (multiples of ImGui::GetFontSize()).
constexpr float kMenuBarEm = 1.45f;
constexpr float kTimelineEm = 10.5f;
constexpr float kLeftEm = 36.f;
constexpr float kRightEm = 30.f;
constexpr float kCasesEm = 34.5f;
constexpr float kLegendEm = 15.5f;
constexpr float kGapEm = 0.3f;
}  // namespace

PaneLayout computeLayout(float w, float h, float fontPx, const PaneVisibility& show) {
    PaneLayout l;
    const float em = fontPx, gap = kGapEm * em;
    l.menuBarPx = kMenuBarEm * em;
    const float top = l.menuBarPx + gap;
    // On narrow windows the side columns give way to the map first.
    const float leftW = std::min(kLeftEm * em, w * 0.34f), rightW = std::min(kRightEm * em, w * 0.3f);
    const float timelineH = std::min(kTimelineEm * em, h * 0.3f);

    l.bottom = {gap, h - timelineH - gap, w - 2 * gap, timelineH};
    const float columnBottom = show.timeline ? l.bottom.y - gap : h - gap;
    const float columnH = std::max(columnBottom - top, 4 * em);
    l.left = {gap, top, leftW, std::min(kCasesEm * em, columnH)};
    // The legend sits under the cases chart when the column holds both; on shorter windows it goes
    // to the map instead of covering the chart's rows...
    const float legendH = kLegendEm * em, legendW = std::min(leftW, 22 * em);
    if (!show.cases || columnH >= l.left.h + gap + legendH) {
        l.leftBottom = {gap, columnBottom - legendH, legendW, legendH};
    } else {
        // ...collapsed to its title bar in the map's lower left corner, so that it hides nothing until
        // opened; opened, the pane keeps its bottom there (legend_pane.cpp) and grows upwards.
        const float mapLeft = l.left.right() + gap;
        l.leftBottom = {mapLeft + gap, columnBottom - 1.5f * em, std::min(legendW, 12 * em), legendH};
        l.legendCollapsed = true;
    }
    l.legendBottom = columnBottom;
    l.right = {w - rightW - gap, top, rightW, columnH};
    l.center = {w * 0.5f - 22 * em, top + 3 * em, std::min(44 * em, w - 2 * gap), std::min(32 * em, columnH)};
    l.center.x = std::max(gap, l.center.x);

    const float mapLeft = show.cases ? l.left.right() + gap : 0;
    const float mapRight = show.details ? l.right.x - gap : w;
    const float mapBottom = show.timeline ? l.bottom.y - gap : h;
    l.map = {mapLeft, l.menuBarPx, std::max(mapRight - mapLeft, 4 * em), std::max(mapBottom - l.menuBarPx, 4 * em)};
    return l;
}

Camera fitToArea(const BBox& boxIn, const Rect& area, double windowW, double windowH, double margin, double minSpanM) {
    BBox box = boxIn;
    if (box.empty()) box.extend(Vec2{0, 0});
    const Vec2 c = box.center();
    const double halfW = std::max(box.width(), minSpanM) / 2, halfH = std::max(box.height(), minSpanM) / 2;
    box = BBox{};
    box.extend(Vec2{c.x - halfW, c.y - halfH});
    box.extend(Vec2{c.x + halfW, c.y + halfH});

    Camera cam = Camera::fit(box, area.w, area.h, margin);
    // Camera::fit centres the box in a viewport of the area's size; move the centre so that the box
    // lands in the middle of the area instead of the middle of the window.
    const double offsetXPx = (area.x + area.w / 2.0) - windowW / 2.0;
    const double offsetYPx = (area.y + area.h / 2.0) - windowH / 2.0;
    cam.center = {c.x - offsetXPx * cam.metresPerPixel, c.y + offsetYPx * cam.metresPerPixel};
    cam.widthPx = windowW;
    cam.heightPx = windowH;
    return cam;
}

}  // namespace ta
