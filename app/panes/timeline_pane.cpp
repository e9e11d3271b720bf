#include "timeline_pane.hpp"

#include "event_colors.hpp"
#include "pane.hpp"
#include "timeline_marks.hpp"
#include "ui_text.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ta {

namespace {

constexpr int32_t kMinViewDays = 45;       // the deepest zoom: about six weeks across the pane
constexpr float kWheelZoom = 1.25f;
constexpr float kTickPickPx = 5;           // how close to a tick a click selects its event

// Maps days to x pixels over the visible range of the track.
struct Axis {
    float x0 = 0, width = 1;
    double start = 0, end = 1;
    float x(double day) const { return x0 + static_cast<float>((day - start) / (end - start)) * width; }
    double day(float px) const { return start + (px - x0) / width * (end - start); }
};

void clampView(TimelineView& v, const Playback& pb) {
    int32_t span = std::clamp(v.viewEnd - v.viewStart, kMinViewDays, pb.rangeEnd - pb.rangeStart);
    Day start = std::clamp(v.viewStart, pb.rangeStart, pb.rangeEnd - span);
    v.viewStart = start;
    v.viewEnd = start + span;
}

void zoomView(TimelineView& v, const Playback& pb, double aboutDay, double factor) {
    const double span = (v.viewEnd - v.viewStart) / factor;
    const double t = (aboutDay - v.viewStart.n) / std::max(1, v.viewEnd - v.viewStart);
    const double start = aboutDay - t * span;
    v.viewStart = Day{static_cast<int32_t>(std::lround(start))};
    v.viewEnd = Day{static_cast<int32_t>(std::lround(start + span))};
    clampView(v, pb);
}

std::string monthLabel(const AppContext& app, int month) {
    static constexpr const char* kKeys[] = {"month.1", "month.2", "month.3", "month.4",  "month.5",  "month.6",
                                            "month.7", "month.8", "month.9", "month.10", "month.11", "month.12"};
    return T(app, kKeys[std::clamp(month, 1, 12) - 1]);
}

}  // namespace

void drawTimelinePane(AppContext& app) {
    const float em = ImGui::GetFontSize();
    if (!beginPane(app, "timeline", app.show.timeline, app.layout.bottom, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse))
        return;
    Playback& pb = app.playback;
    TimelineView& view = app.timelineView;
    clampView(view, pb);

    // --- controls: step, play, date, go to date, speed, loop, zoom
    if (ImGui::ArrowButton("##prev", ImGuiDir_Left)) app.post(cmd::StepEvent{-1});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", T(app, "timeline.prev").c_str());
    ImGui::SameLine();
    if (ImGui::Button((pb.playing ? L(app, "timeline.pause") : L(app, "timeline.play")).c_str(), ImVec2(em * 5, 0))) pb.togglePlay();
    recordItem(app, "timeline.play");
    ImGui::SameLine();
    if (ImGui::ArrowButton("##next", ImGuiDir_Right)) app.post(cmd::StepEvent{+1});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", T(app, "timeline.next").c_str());
    ImGui::SameLine();
    ImGui::PushFont(app.fonts.large);
    ImGui::TextUnformatted(formatIsoDay(pb.current()).c_str());
    ImGui::PopFont();
    ImGui::SameLine(0, em * 1.5f);

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(T(app, "timeline.goto").c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 7);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%s", view.dateText.c_str());
    if (ImGui::InputTextWithHint("##goto", "YYYY-MM-DD", buffer, sizeof buffer, ImGuiInputTextFlags_EnterReturnsTrue)) {
        std::string why;
        if (const auto d = parsePartialDate(buffer, &why)) {
            app.post(cmd::SetDay{d->first()});
            view.dateError.clear();
            // Jumping outside the zoomed range brings the range along.
            if (d->first() < view.viewStart || d->first() >= view.viewEnd) {
                const int32_t span = view.viewEnd - view.viewStart;
                view.viewStart = d->first() - span / 2;
                view.viewEnd = view.viewStart + span;
            }
        } else {
            view.dateError = why;
        }
        buffer[0] = '\0';
    }
    view.dateText = buffer;
    recordItem(app, "timeline.goto");
    if (!view.dateError.empty()) {
        ImGui::SameLine();
        ImGui::TextColored(ImVec4(1, 0.45f, 0.35f, 1), "%s", view.dateError.c_str());
    }
    ImGui::SameLine(0, em * 1.5f);

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(T(app, "timeline.speed").c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 9);
    float speed = static_cast<float>(pb.daysPerSecond);
    if (ImGui::SliderFloat("##speed", &speed, Playback::kMinDaysPerSecond, Playback::kMaxDaysPerSecond, "%.0f",
                           ImGuiSliderFlags_Logarithmic | ImGuiSliderFlags_AlwaysClamp))
        pb.daysPerSecond = speed;
    ImGui::SameLine(0, em * 1.5f);

    ImGui::Checkbox(L(app, "timeline.loop").c_str(), &pb.loop);
    ImGui::SameLine();
    ImGui::TextDisabled("%s – %s", formatIsoDay(pb.loopStart).c_str(), formatIsoDay(pb.loopEnd).c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", T(app, "timeline.loop_hint").c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton(L(app, "timeline.zoom_loop").c_str())) {
        view.viewStart = pb.loopStart;
        view.viewEnd = pb.loopEnd;
        clampView(view, pb);
    }
    ImGui::SameLine();
    if (ImGui::SmallButton(L(app, "timeline.zoom_all").c_str())) {
        view.viewStart = pb.rangeStart;
        view.viewEnd = pb.rangeEnd;
    }

    // --- the track: histogram lane, event lane, axis
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = std::max(ImGui::GetContentRegionAvail().x, em * 10);
    const float height = std::max(ImGui::GetContentRegionAvail().y, em * 4);
    ImGui::InvisibleButton("##track", ImVec2(width, height), ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight);
    recordItem(app, "timeline.track");
    const bool hovered = ImGui::IsItemHovered();
    const ImGuiIO& io = ImGui::GetIO();
    Axis axis{origin.x, width, static_cast<double>(view.viewStart.n), static_cast<double>(view.viewEnd.n)};

    const float histTop = origin.y + em * 0.2f, histH = height * 0.38f;
    const float laneTop = histTop + histH + em * 0.25f, laneH = height * 0.3f;
    const float axisY = laneTop + laneH + em * 0.2f;
    recordRect(app, "timeline.lane", Rect{origin.x, laneTop, width, laneH});

    const TimelineMarks marks = app.corpus ? buildTimelineMarks(*app.corpus, app.filters, pb.rangeStart, pb.rangeEnd) : TimelineMarks{};
    const auto dayAtMouse = [&] {
        return Day{static_cast<int32_t>(std::lround(std::clamp(axis.day(io.MousePos.x), axis.start, axis.end)))};
    };
    // The event under the mouse, if a tick (or a span) is close enough.
    // Ticks win over spans: in the lane's lower part (where spans lie) a span under the mouse counts
    // as a near tick, so a tick inside a month's span stays clickable.
    int pickedEvent = -1;
    if (hovered && io.MousePos.y >= laneTop - em * 0.2f && io.MousePos.y <= laneTop + laneH + em * 0.2f) {
        const bool inSpanBand = io.MousePos.y >= laneTop + laneH * 0.6f;
        float best = kTickPickPx + 1;
        for (const EventMark& m : marks.events) {
            float d = std::abs(io.MousePos.x - axis.x(m.day.n + 0.5));
            if (m.span() && inSpanBand && io.MousePos.x >= axis.x(m.first.n) && io.MousePos.x <= axis.x(m.last.n + 1))
                d = std::min(d, kTickPickPx * 0.8f);
            if (d < best) best = d, pickedEvent = static_cast<int>(m.event);
        }
    }

    // Interaction: click or drag to scrub; Shift-drag to choose the loop range; wheel to zoom about
    // the mouse; right-drag to pan the zoomed range.
    if (ImGui::IsItemActivated() && io.MouseDown[0]) {
        view.selectingRange = io.KeyShift;
        view.rangeAnchor = dayAtMouse();
        if (!view.selectingRange && pickedEvent >= 0) app.post(cmd::SelectEvent{pickedEvent, true});
    }
    if (ImGui::IsItemActive() && io.MouseDown[0]) {
        if (view.selectingRange) {
            pb.setLoopRange(view.rangeAnchor, dayAtMouse());
            pb.loop = true;
        } else if (pickedEvent < 0 || ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.f)) {
            app.post(cmd::SetDay{dayAtMouse()});
        }
    }
    if (ImGui::IsItemActive() && io.MouseDown[1] && io.MouseDelta.x != 0) {
        const double days = -io.MouseDelta.x / width * (axis.end - axis.start);
        view.viewStart = Day{static_cast<int32_t>(std::lround(axis.start + days))};
        view.viewEnd = Day{static_cast<int32_t>(std::lround(axis.end + days))};
        clampView(view, pb);
    }
    if (hovered && io.MouseWheel != 0) zoomView(view, pb, axis.day(io.MousePos.x), io.MouseWheel > 0 ? kWheelZoom : 1 / kWheelZoom);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(origin, ImVec2(origin.x + width, origin.y + height), true);
    const ImU32 track = IM_COL32(255, 255, 255, 18), grid = IM_COL32(255, 255, 255, 40), label = IM_COL32(190, 190, 190, 255);
    const ImU32 accent = IM_COL32(255, 214, 102, 255), histBar = IM_COL32(120, 150, 190, 200);
    dl->AddRectFilled(ImVec2(origin.x, histTop), ImVec2(origin.x + width, histTop + histH), track);
    dl->AddRectFilled(ImVec2(origin.x, laneTop), ImVec2(origin.x + width, laneTop + laneH), track);

    // The loop range.
    if (pb.loop || view.selectingRange) {
        dl->AddRectFilled(ImVec2(axis.x(pb.loopStart.n), histTop), ImVec2(axis.x(pb.loopEnd.n), laneTop + laneH),
                          IM_COL32(255, 214, 102, 38));
    }

    // Histogram: events per month (after the filters).
    for (size_t i = 0; i < marks.monthly.size(); ++i) {
        if (marks.monthly[i] == 0) continue;
        const CivilDate c = civilFromDay(marks.firstMonth);
        const int total = c.month - 1 + static_cast<int>(i);
        const Day m0 = dayFromCivil(c.year + total / 12, total % 12 + 1, 1);
        const Day m1 = dayFromCivil(c.year + (total + 1) / 12, (total + 1) % 12 + 1, 1);
        const float h = histH * static_cast<float>(marks.monthly[i]) / static_cast<float>(std::max(marks.maxMonthly, 1));
        dl->AddRectFilled(ImVec2(axis.x(m0.n) + 0.5f, histTop + histH - h), ImVec2(std::max(axis.x(m1.n) - 0.5f, axis.x(m0.n) + 1.5f), histTop + histH),
                          histBar);
    }

    // Grid and labels: years, and months when zoomed in far enough for their names to fit.
    const double pxPerDay = width / (axis.end - axis.start);
    const bool showMonths = pxPerDay * 30 > em * 2.2f;
    const CivilDate first = civilFromDay(Day{static_cast<int32_t>(axis.start)});
    for (int y = first.year, m = first.month;; ++m) {
        if (m > 12) m = 1, ++y;
        const Day d = dayFromCivil(y, m, 1);
        if (d.n > axis.end) break;
        if (d.n < axis.start) continue;
        const float x = axis.x(d.n);
        if (m == 1) {
            dl->AddLine(ImVec2(x, histTop), ImVec2(x, axisY + em * 0.3f), grid, 1);
            char text[8];
            std::snprintf(text, sizeof text, "%d", y);
            dl->AddText(ImVec2(x + 3, axisY), label, text);
        } else if (showMonths) {
            dl->AddLine(ImVec2(x, laneTop + laneH), ImVec2(x, axisY + em * 0.2f), grid, 1);
            const std::string name = monthLabel(app, m);
            if (pxPerDay * 30 > ImGui::CalcTextSize(name.c_str()).x + 6) dl->AddText(ImVec2(x + 3, axisY), IM_COL32(150, 150, 150, 255), name.c_str());
        }
    }

    // Events: spans for month- or year-precise dates (drawn first, under the ticks), ticks for days.
    for (const EventMark& m : marks.events) {
        if (!m.span()) continue;
        // Premultiplied-looking faint fill with a solid rim, so overlapping spans stay readable.
        const Rgba c = eventKindColor(app.corpus->events()[m.event].kind);
        const float x0 = axis.x(m.first.n), x1 = std::max(axis.x(m.last.n + 1), x0 + 2);
        const ImVec2 a(x0, laneTop + laneH * 0.62f), b(x1, laneTop + laneH * 0.88f);
        dl->AddRectFilled(a, b, toImU32(c.withAlpha(0.22f)), em * 0.12f);
        dl->AddRect(a, b, toImU32(c.withAlpha(0.7f)), em * 0.12f);
    }
    for (const EventMark& m : marks.events) {
        const bool selected = static_cast<int>(m.event) == app.selection.event;
        const ImU32 col = toImU32(eventKindColor(app.corpus->events()[m.event].kind));
        const float x = axis.x(m.day.n + 0.5);
        const float top = m.span() ? laneTop + laneH * 0.3f : laneTop + laneH * 0.05f;
        dl->AddLine(ImVec2(x, top), ImVec2(x, laneTop + laneH * (m.span() ? 0.55f : 0.95f)), col, selected ? 4.f : 2.f);
        if (selected) dl->AddCircle(ImVec2(x, laneTop - em * 0.05f), em * 0.28f, accent, 12, 2.f);
    }

    // The current date.
    const float cx = axis.x(pb.day);
    dl->AddLine(ImVec2(cx, histTop), ImVec2(cx, axisY), accent, 2.5f);
    dl->AddTriangleFilled(ImVec2(cx - em * 0.4f, histTop), ImVec2(cx + em * 0.4f, histTop), ImVec2(cx, histTop + em * 0.5f), accent);
    dl->PopClipRect();

    if (hovered) {
        if (pickedEvent >= 0 && app.corpus) {
            const corpus::Event& e = app.corpus->events()[static_cast<size_t>(pickedEvent)];
            ImGui::BeginTooltip();
            textLine(app, e.date.iso() + "  " + std::string(pick(app.lang, e.titleEn, e.titleAr)));
            const corpus::Term* kind = nullptr;
            for (const corpus::Term& t : app.corpus->taxonomy().eventKinds)
                if (t.id == e.kind) kind = &t;
            if (kind) textLine(app, pick(app.lang, kind->en, kind->ar), toImU32(eventKindColor(e.kind)));
            textDim(app, tr(app.lang, "timeline.click_select"));
            ImGui::EndTooltip();
        } else if (!ImGui::IsItemActive()) {
            ImGui::SetTooltip("%s\n%s", formatIsoDay(dayAtMouse()).c_str(), T(app, "timeline.track_hint").c_str());
        }
    }
    ImGui::End();
}

}  // namespace ta
