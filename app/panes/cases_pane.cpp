#include "cases_pane.hpp"

#include "event_colors.hpp"
#include "pane.hpp"
#include "ui_text.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ta {

namespace {

constexpr float kRowEm = 1.2f;
constexpr float kLabelEm = 10.5f;
constexpr float kDurationEm = 4.2f;

// Maps days (absolute, or relative to each row's first agreement) to x pixels.
struct ChartAxis {
    float x0 = 0, width = 1;
    double start = 0, end = 1;
    float x(double v) const { return x0 + static_cast<float>((v - start) / (end - start)) * width; }
};

std::string durationText(const AppContext& app, int32_t days) {
    // Years and months read faster than a count of days; the tooltip gives the days.
    const int months = static_cast<int>(std::lround(days / 30.44));
    char buf[64];
    if (months >= 12) std::snprintf(buf, sizeof buf, "%d%s %d%s", months / 12, tr(app.lang, "unit.year_short").c_str(), months % 12,
                                    tr(app.lang, "unit.month_short").c_str());
    else std::snprintf(buf, sizeof buf, "%d%s", months, tr(app.lang, "unit.month_short").c_str());
    return buf;
}

/// The relative axis: from the earliest event before a first agreement to the latest segment end.
std::pair<double, double> alignedRange(const AppContext& app) {
    double lo = -180, hi = 365;
    for (const CaseRow& row : app.caseRows) {
        if (!row.firstAgreement) continue;
        const int32_t base = row.firstAgreement->n;
        for (uint32_t e : row.events) lo = std::min(lo, static_cast<double>(app.corpus->events()[e].day().n - base));
        for (const CaseSegment& s : row.segments) hi = std::max(hi, static_cast<double>(s.to.n - base));
        for (uint32_t e : row.events) hi = std::max(hi, static_cast<double>(app.corpus->events()[e].day().n - base + 30));
    }
    return {std::max(lo - 30, -3 * 365.0), hi};
}

void drawAxis(AppContext& app, const ChartAxis& axis, float top, float bottom, bool aligned) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 grid = IM_COL32(255, 255, 255, 34), label = IM_COL32(180, 180, 180, 255);
    const float em = ImGui::GetFontSize();
    if (aligned) {
        for (int y = static_cast<int>(std::floor(axis.start / 365.25)); y * 365.25 <= axis.end; ++y) {
            const float x = axis.x(y * 365.25);
            if (x < axis.x0 - 1) continue;
            dl->AddLine(ImVec2(x, top + em * 1.1f), ImVec2(x, bottom), y == 0 ? IM_COL32(255, 255, 255, 110) : grid, y == 0 ? 2.f : 1.f);
            char text[48];
            if (y == 0) std::snprintf(text, sizeof text, "%s", T(app, "cases.day0").c_str());
            else std::snprintf(text, sizeof text, "%+d%s", y, tr(app.lang, "unit.year_short").c_str());
            dl->AddText(ImVec2(x + 3, top), label, shaped(text).c_str());
        }
        return;
    }
    // Year labels: "2016", else "'16" when the years are narrow, else every other year.
    const float pxPerYear = static_cast<float>(365.25 / (axis.end - axis.start)) * axis.width;
    const bool shortLabels = pxPerYear < ImGui::CalcTextSize("2016").x + 6;
    const int every = pxPerYear < ImGui::CalcTextSize("'16").x + 6 ? 2 : 1;
    const int y0 = civilFromDay(Day{static_cast<int32_t>(axis.start)}).year;
    for (int y = y0; dayFromCivil(y, 1, 1).n <= axis.end; ++y) {
        const Day d = dayFromCivil(y, 1, 1);
        if (d.n < axis.start) continue;
        const float x = axis.x(d.n);
        dl->AddLine(ImVec2(x, top + em * 1.1f), ImVec2(x, bottom), grid, 1);
        if (y % every) continue;
        char text[8];
        if (shortLabels) std::snprintf(text, sizeof text, "'%02d", y % 100);
        else std::snprintf(text, sizeof text, "%d", y);
        dl->AddText(ImVec2(x + 3, top), label, text);
    }
}

void drawRowTooltip(AppContext& app, const CaseRow& row) {
    const corpus::Case& c = app.corpus->cases()[row.caseIndex];
    ImGui::BeginTooltip();
    textLine(app, std::to_string(c.n) + ". " + pick(app.lang, c.nameEn, c.nameAr));
    if (row.firstAgreement) textLine(app, std::string(tr(app.lang, "cases.first_agreement")) + ": " + formatIsoDay(*row.firstAgreement));
    if (row.finalSettlement) textLine(app, std::string(tr(app.lang, "cases.final_settlement")) + ": " + formatIsoDay(*row.finalSettlement));
    if (const auto d = row.daysToSettlement())
        textLine(app, std::string(tr(app.lang, "cases.duration")) + ": " + std::to_string(*d) + " " + tr(app.lang, "unit.days") + " (" +
                          durationText(app, *d) + ")");
    textLine(app, std::to_string(row.events.size()) + " " + tr(app.lang, "cases.events"));
    textDim(app, tr(app.lang, "cases.click_hint"));
    ImGui::EndTooltip();
}

}  // namespace

void drawCasesPane(AppContext& app) {
    if (!beginPane(app, "cases", app.show.cases, app.layout.left)) return;
    if (!app.corpus || app.caseRows.empty()) {
        paragraph(app, tr(app.lang, "details.no_corpus"), ImGui::GetColorU32(ImGuiCol_TextDisabled));
        ImGui::End();
        return;
    }
    const float em = ImGui::GetFontSize();
    ImGui::Checkbox(L(app, "cases.align").c_str(), &app.casesView.alignAtFirstAgreement);
    recordItem(app, "cases.align");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", T(app, "cases.align_hint").c_str());
    const bool aligned = app.casesView.alignAtFirstAgreement;

    ImGui::BeginChild("##gantt", ImVec2(0, 0), false);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float rowH = kRowEm * em, headerH = em * 1.3f;
    const float labelW = kLabelEm * em, durationW = kDurationEm * em;
    ChartAxis axis;
    axis.x0 = origin.x + labelW;
    axis.width = std::max(width - labelW - durationW, em * 5);
    if (aligned) std::tie(axis.start, axis.end) = alignedRange(app);
    else axis.start = app.timelineView.viewStart.n, axis.end = app.timelineView.viewEnd.n;  // the timeline's zoom

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float rowsTop = origin.y + headerH;
    const float rowsBottom = rowsTop + rowH * static_cast<float>(app.caseRows.size());
    dl->PushClipRect(ImVec2(axis.x0, origin.y), ImVec2(axis.x0 + axis.width, rowsBottom), true);
    drawAxis(app, axis, origin.y, rowsBottom, aligned);
    dl->PopClipRect();
    dl->AddText(ImVec2(axis.x0 + axis.width + em * 0.4f, origin.y), IM_COL32(180, 180, 180, 255), T(app, "cases.to_settlement").c_str());

    const double today = app.playback.day;
    for (size_t r = 0; r < app.caseRows.size(); ++r) {
        const CaseRow& row = app.caseRows[r];
        const corpus::Case& c = app.corpus->cases()[row.caseIndex];
        const float y = rowsTop + rowH * static_cast<float>(r);
        ImGui::SetCursorScreenPos(ImVec2(origin.x, y));
        ImGui::PushID(static_cast<int>(r));
        const bool clicked = ImGui::InvisibleButton("##row", ImVec2(width, rowH));
        ImGui::PopID();
        recordItem(app, "cases.row." + std::to_string(c.n));
        const bool hovered = ImGui::IsItemHovered();
        const bool selected = app.selection.caseIndex == static_cast<int>(row.caseIndex);
        if (clicked) app.post(cmd::SelectCase{static_cast<int>(row.caseIndex)});

        if (selected) dl->AddRectFilled(ImVec2(origin.x, y), ImVec2(origin.x + width, y + rowH), IM_COL32(255, 214, 102, 48));
        else if (hovered) dl->AddRectFilled(ImVec2(origin.x, y), ImVec2(origin.x + width, y + rowH), IM_COL32(255, 255, 255, 28));
        else if (r % 2) dl->AddRectFilled(ImVec2(origin.x, y), ImVec2(origin.x + width, y + rowH), IM_COL32(255, 255, 255, 8));

        // Label: number and name, clipped to its column.
        const std::string name = shaped(std::to_string(c.n) + ". " + pick(app.lang, c.nameEn, c.nameAr));
        // Arabic reads from the right: align there, so a long name loses its end, not its number.
        const float nameX = rtl(app) ? axis.x0 - em * 0.5f - ImGui::CalcTextSize(name.c_str()).x : origin.x + em * 0.2f;
        dl->PushClipRect(ImVec2(origin.x, y), ImVec2(axis.x0 - em * 0.3f, y + rowH), true);
        dl->AddText(ImVec2(nameX, y + (rowH - em) / 2), ImGui::GetColorU32(ImGuiCol_Text), name.c_str());
        dl->PopClipRect();

        const double base = aligned ? (row.firstAgreement ? row.firstAgreement->n : NAN) : 0.0;
        dl->PushClipRect(ImVec2(axis.x0, y), ImVec2(axis.x0 + axis.width, y + rowH), true);
        if (!std::isnan(base)) {
            // Status segments: the same colours as the map's places.
            for (const CaseSegment& s : row.segments) {
                const float x0 = axis.x(s.from.n - base), x1 = std::max(axis.x(s.to.n - base), x0 + 1);
                dl->AddRectFilled(ImVec2(x0, y + rowH * 0.3f), ImVec2(x1, y + rowH * 0.85f),
                                  toImU32(app.style.statusColor(corpus::statusId(s.status))));
            }
            // Events as ticks above the bar; the final settlement as a diamond.
            for (uint32_t e : row.events) {
                const corpus::Event& ev = app.corpus->events()[e];
                if (!eventPasses(app.filters, *app.corpus, e)) continue;
                const float x = axis.x(ev.day().n - base + 0.5);
                const bool sel = static_cast<int>(e) == app.selection.event;
                dl->AddLine(ImVec2(x, y + rowH * 0.08f), ImVec2(x, y + rowH * 0.42f), toImU32(eventKindColor(ev.kind)), sel ? 3.f : 1.5f);
            }
            if (row.finalSettlement) {
                const float x = axis.x(row.finalSettlement->n - base + 0.5), cy = y + rowH * 0.57f, s = rowH * 0.3f;
                dl->AddQuadFilled(ImVec2(x, cy - s), ImVec2(x + s, cy), ImVec2(x, cy + s), ImVec2(x - s, cy), IM_COL32(255, 255, 255, 235));
                dl->AddQuad(ImVec2(x, cy - s), ImVec2(x + s, cy), ImVec2(x, cy + s), ImVec2(x - s, cy), IM_COL32(60, 30, 60, 255), 1.5f);
            }
            // The current date: one line in calendar time; in aligned time each case sits elsewhere.
            if (aligned) {
                const float x = axis.x(today - base);
                dl->AddLine(ImVec2(x, y + 1), ImVec2(x, y + rowH - 1), IM_COL32(255, 214, 102, 255), 2.f);
            }
        } else {
            dl->AddText(ImVec2(axis.x0 + em * 0.3f, y + (rowH - em) / 2), ImGui::GetColorU32(ImGuiCol_TextDisabled), T(app, "cases.no_agreement").c_str());
        }
        dl->PopClipRect();

        if (const auto d = row.daysToSettlement())
            dl->AddText(ImVec2(axis.x0 + axis.width + em * 0.4f, y + (rowH - em) / 2), ImGui::GetColorU32(ImGuiCol_Text),
                        shaped(durationText(app, *d)).c_str());
        if (hovered) drawRowTooltip(app, row);
    }
    if (!aligned) {
        const float x = axis.x(today);
        if (x >= axis.x0 && x <= axis.x0 + axis.width) dl->AddLine(ImVec2(x, rowsTop - em * 0.2f), ImVec2(x, rowsBottom), IM_COL32(255, 214, 102, 255), 2.f);
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, rowsBottom + em * 0.3f));
    textDim(app, tr(app.lang, aligned ? "cases.aligned_note" : "cases.note"));
    ImGui::EndChild();
    ImGui::End();
}

}  // namespace ta
