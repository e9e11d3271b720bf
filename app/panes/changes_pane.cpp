#include "changes_pane.hpp"

#include "explore/change_report.hpp"
#include "explore/explore_frame.hpp"
#include "explore_labels.hpp"
#include "pane.hpp"
#include "ui_text.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>

namespace ta {

namespace {

void setInterval(explore::ChangesView& v, Day from, Day to) {
    v.fromText = formatIsoDay(from);
    v.toText = formatIsoDay(to);
}

void drawIntervalControls(AppContext& app) {
    explore::ChangesView& v = app.explore.changes;
    const float em = ImGui::GetFontSize();
    if (v.followLoop) setInterval(v, app.playback.loopStart, app.playback.loopEnd);
    ImGui::BeginDisabled(v.followLoop);
    ImGui::SetNextItemWidth(7 * em);
    ImGui::InputText(L(app, "changes.from").c_str(), &v.fromText);
    recordItem(app, "changes.from");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(7 * em);
    ImGui::InputText(L(app, "changes.to").c_str(), &v.toText);
    recordItem(app, "changes.to");
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::Checkbox(L(app, "changes.follow_loop").c_str(), &v.followLoop);
    recordItem(app, "changes.follow_loop");
    ImGui::BeginDisabled(v.followLoop);
    if (ImGui::Button(L(app, "changes.year_of_date").c_str())) {
        const int year = civilFromDay(app.playback.current()).year;
        setInterval(v, dayFromCivil(year, 1, 1), dayFromCivil(year, 12, 31));
    }
    recordItem(app, "changes.year_of_date");
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::Checkbox(L(app, "changes.mark_map").c_str(), &v.markMap);
}

}  // namespace

void drawChangesPane(AppContext& app) {
    const float em = ImGui::GetFontSize();
    const Rect& map = app.layout.map;
    const Rect firstUse{map.right() - 31 * em, map.y + 0.5f * em, 30.5f * em, std::min(map.h - em, 40 * em)};
    if (!beginPane(app, "changes", app.show.changes, firstUse)) return;
    if (!app.corpus) {
        textDim(app, tr(app.lang, "explore.no_corpus"));
        ImGui::End();
        return;
    }
    const corpus::Corpus& c = *app.corpus;
    drawIntervalControls(app);
    const auto interval = explore::changesInterval(app);
    if (!interval) {
        textLine(app, app.explore.changes.error, IM_COL32(220, 90, 60, 255));
        ImGui::End();
        return;
    }
    const explore::ChangeReport r = explore::buildChangeReport(c, interval->first, interval->second, app.filters);
    textLine(app, std::string(tr(app.lang, "changes.after")) + " " + formatIsoDay(r.from) + " " + tr(app.lang, "changes.until") + " " +
                      formatIsoDay(r.to) + (app.filters.active() ? "  (" + tr(app.lang, "explore.filtered") + ")" : ""));
    if (r.empty()) {
        textDim(app, tr(app.lang, "changes.nothing"));
        ImGui::End();
        return;
    }

    ImGui::BeginChild("##changes.lists");
    const auto countTitle = [&](const char* key, size_t n) { return T(app, key) + " (" + std::to_string(n) + ")###" + key; };
    if (ImGui::CollapsingHeader(countTitle("changes.places", r.places.size()).c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
        for (const corpus::StatusChange& ch : r.places) {
            const std::string line = placeName(app, ch.place) + ": " + statusName(app, corpus::statusId(ch.before)) + " " +
                                     tr(app.lang, "changes.became") + " " + statusName(app, corpus::statusId(ch.after));
            ImGui::PushID(static_cast<int>(ch.place));
            if (linkLine(app, "place", line, app.selection.place == static_cast<int>(ch.place), toImU32(app.style.statusColor(corpus::statusId(ch.after)))))
                app.post(cmd::SelectPlace{static_cast<int>(ch.place)});
            recordItem(app, "changes.place." + c.places()[ch.place].id);
            ImGui::PopID();
        }
    }
    const auto eventList = [&](const char* key, const std::vector<uint32_t>& events, ImGuiTreeNodeFlags open) {
        if (!ImGui::CollapsingHeader(countTitle(key, events.size()).c_str(), open)) return;
        for (uint32_t e : events) {
            ImGui::PushID(static_cast<int>(e));
            if (linkLine(app, "event", eventLabel(app, e), app.selection.event == static_cast<int>(e))) app.post(cmd::SelectEvent{static_cast<int>(e), true, true});
            recordItem(app, std::string(key) + "." + c.events()[e].id);
            ImGui::PopID();
        }
    };
    eventList("changes.agreements", r.agreements, ImGuiTreeNodeFlags_DefaultOpen);
    eventList("changes.other_events", r.otherEvents, 0);
    if (ImGui::CollapsingHeader(countTitle("changes.moves", r.moves.size()).c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
        textLine(app, std::string(tr(app.lang, "changes.people_total")) + ": " + countText(r.peopleMoved));
        for (size_t i = 0; i < r.moves.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            if (linkLine(app, "move", moveLabel(app, r.moves[i]), app.selection.event == static_cast<int>(r.moves[i].event)))
                app.post(cmd::SelectEvent{static_cast<int>(r.moves[i].event), true, true});
            ImGui::PopID();
        }
    }
    ImGui::EndChild();
    ImGui::End();
}

}  // namespace ta
