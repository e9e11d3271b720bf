#include "search_pane.hpp"

#include "explore/filter_sets.hpp"
#include "explore/clause_matrix.hpp"
#include "explore/place_links.hpp"
#include "arabic_text.hpp"
#include "explore_labels.hpp"
#include "keys.hpp"
#include "pane.hpp"
#include "ui_text.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace ta {

namespace {

constexpr int kMaxResults = 60;

// The latest of `events` on or before `day`, else the first; -1 when empty.
int latestOnOrBefore(const corpus::Corpus& c, const std::vector<uint32_t>& events, Day day) {
    int best = events.empty() ? -1 : static_cast<int>(events.front());
    for (uint32_t e : events)
        if (c.events()[e].day() <= day) best = static_cast<int>(e);
    return best;
}

BBox placesBox(const AppContext& app, const std::vector<std::string>& ids) {
    BBox box;
    for (const std::string& id : ids) {
        const int p = app.corpus->placeIndex(id);
        if (p >= 0 && static_cast<size_t>(p) < app.corpusGeometry.places.size()) box.extend(app.corpusGeometry.places[static_cast<size_t>(p)]);
    }
    return box;
}

// Whether the filters let the result through: entries tied to events need a passing event.
bool visible(const AppContext& app, const explore::SearchResult& r, const std::vector<uint8_t>& eventsPass,
             const std::vector<uint8_t>& placesPass) {
    if (r.event >= 0) return eventsPass[static_cast<size_t>(r.event)] != 0;
    if (r.place >= 0) return placesPass[static_cast<size_t>(r.place)] != 0;
    if (r.caseIndex >= 0) {
        const auto& ev = app.corpus->eventsOfCase(static_cast<size_t>(r.caseIndex));
        return std::any_of(ev.begin(), ev.end(), [&](uint32_t e) { return eventsPass[e] != 0; });
    }
    if (r.actor >= 0) {
        const auto ev = explore::eventsOfActor(*app.corpus, app.corpus->actors()[static_cast<size_t>(r.actor)].id);
        return std::any_of(ev.begin(), ev.end(), [&](uint32_t e) { return eventsPass[e] != 0; });
    }
    return r.zone >= 0;
}

// The entry's name in the interface language, with what kind of entry it is.
std::string resultTitle(const AppContext& app, const explore::SearchResult& r) {
    const corpus::Corpus& c = *app.corpus;
    const std::string kind = tr(app.lang, "search.kind." + r.hit.kind);
    if (r.event >= 0) {
        std::string t = eventLabel(app, static_cast<size_t>(r.event));
        if (r.hit.kind == "clause") t += "  " + std::string(tr(app.lang, "compare.clause")) + " " + std::to_string(r.clause);
        return kind + ": " + t;
    }
    if (r.place >= 0) return kind + ": " + placeName(app, static_cast<size_t>(r.place));
    if (r.caseIndex >= 0) {
        const corpus::Case& cs = c.cases()[static_cast<size_t>(r.caseIndex)];
        return kind + " " + std::to_string(cs.n) + ": " + pick(app.lang, cs.nameEn, cs.nameAr);
    }
    if (r.actor >= 0) return kind + ": " + actorName(app, r.hit.id);
    if (r.zone >= 0) {
        const corpus::Zone& z = c.zones()[static_cast<size_t>(r.zone)];
        return kind + ": " + pick(app.lang, z.nameEn, z.nameAr);
    }
    return kind + ": " + r.hit.id;
}

void runSearch(AppContext& app) {
    explore::SearchView& s = app.explore.search;
    s.searchedFor = s.text;
    s.results.clear();
    s.current = 0;
    if (s.text.find_first_not_of(" \t") == std::string::npos) return;
    try {
        if (!app.explore.index) app.explore.index = std::make_shared<explore::SearchIndex>(*app.corpus);
        s.results = app.explore.index->search(s.text, kMaxResults);
        s.error.clear();
    } catch (const std::exception& e) {
        s.error = e.what();
    }
}

}  // namespace

void selectSearchResult(AppContext& app, const explore::SearchResult& r) {
    if (!app.corpus) return;
    const corpus::Corpus& c = *app.corpus;
    if (r.event >= 0) {
        app.post(cmd::SelectEvent{r.event, true, true});
    } else if (r.place >= 0) {
        app.post(cmd::SelectPlace{r.place});
        app.post(cmd::FlyTo{placesBox(app, {c.places()[static_cast<size_t>(r.place)].id})});
    } else if (r.caseIndex >= 0) {
        app.post(cmd::SelectCase{r.caseIndex});
    } else if (r.actor >= 0) {
        const int e = latestOnOrBefore(c, explore::eventsOfActor(c, c.actors()[static_cast<size_t>(r.actor)].id), app.playback.current());
        if (e >= 0) app.post(cmd::SelectEvent{e, true, true});
    } else if (r.zone >= 0) {
        const corpus::Zone& z = c.zones()[static_cast<size_t>(r.zone)];
        app.post(cmd::SetDay{z.date.representative()});
        app.post(cmd::FlyTo{placesBox(app, z.places)});
    }
}

void drawSearchPane(AppContext& app) {
    const float em = ImGui::GetFontSize();
    const Rect& m = app.layout.map;
    const Rect firstUse{m.x + 0.5f * em, m.y + 0.5f * em, std::min(30 * em, m.w * 0.45f), std::min(26 * em, m.h - em)};
    if (!beginPane(app, "search", app.show.search, firstUse)) return;
    if (!app.corpus) {
        textDim(app, tr(app.lang, "explore.no_corpus"));
        ImGui::End();
        return;
    }
    explore::SearchView& s = app.explore.search;
    if (s.focusField) {
        ImGui::SetKeyboardFocusHere();
        s.focusField = false;
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool enter = ImGui::InputTextWithHint("##search.field", T(app, "search.hint").c_str(), &s.text, ImGuiInputTextFlags_EnterReturnsTrue);
    recordItem(app, "search.field");
    // ImGui's field shows Arabic as typed: unjoined and left to right. Show it joined as well.
    if (containsArabic(s.text)) textLine(app, s.text, ImGui::GetColorU32(ImGuiCol_PlotLinesHovered));
    const bool typing = ImGui::IsItemActive() || enter;
    if (s.text != s.searchedFor) runSearch(app);

    const std::vector<uint8_t> eventsPass = explore::passingEvents(app.filters, *app.corpus);
    const std::vector<uint8_t> placesPass = explore::passingPlaces(app.filters, *app.corpus);
    std::vector<size_t> shown;
    for (size_t i = 0; i < s.results.size(); ++i)
        if (visible(app, s.results[i], eventsPass, placesPass)) shown.push_back(i);
    // keyPressed() ignores keys while a field takes text; here the field is where they belong.
    const bool down = typing && ImGui::IsKeyPressed(GLFW_KEY_DOWN), up = typing && ImGui::IsKeyPressed(GLFW_KEY_UP);
    if (!shown.empty()) {
        if (down) s.current = std::min(s.current + 1, static_cast<int>(shown.size()) - 1);
        if (up) s.current = std::max(s.current - 1, 0);
        s.current = std::clamp(s.current, 0, static_cast<int>(shown.size()) - 1);
        if (enter) {
            selectSearchResult(app, s.results[shown[static_cast<size_t>(s.current)]]);
            ImGui::SetKeyboardFocusHere(-1);  // keep typing after Enter
        }
    }

    if (!s.error.empty()) textLine(app, s.error, IM_COL32(220, 90, 60, 255));
    else if (s.searchedFor.find_first_not_of(" \t") == std::string::npos) textDim(app, tr(app.lang, "search.empty_hint"));
    else if (shown.empty()) textDim(app, tr(app.lang, "search.no_results"));
    else textDim(app, std::to_string(shown.size()) + " " + tr(app.lang, "search.results") + "  (" + tr(app.lang, "search.keys") + ")");
    if (const size_t hidden = s.results.size() - shown.size(); hidden > 0)
        textDim(app, std::to_string(hidden) + " " + tr(app.lang, "search.hidden_by_filters"));

    ImGui::BeginChild("##search.results");
    const ImU32 dim = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    for (size_t k = 0; k < shown.size(); ++k) {
        const explore::SearchResult& r = s.results[shown[k]];
        const bool current = static_cast<int>(k) == s.current;
        ImGui::PushID(static_cast<int>(k));
        if (linkLine(app, "title", resultTitle(app, r), current)) {
            s.current = static_cast<int>(k);
            selectSearchResult(app, r);
        }
        recordItem(app, "search.result." + std::to_string(k));
        if (current && (down || up)) ImGui::SetScrollHereY();
        ImGui::Indent();
        paragraph(app, r.hit.snippet, dim);
        // A destination is named by no event of its own: list who was sent there, and by which deal.
        if (r.place >= 0) {
            const std::vector<explore::MovedPeople> arrivals = explore::flowsInto(*app.corpus, static_cast<size_t>(r.place));
            if (!arrivals.empty()) textDim(app, tr(app.lang, "search.arrivals"));
            for (size_t a = 0; a < arrivals.size(); ++a) {
                const explore::MovedPeople& mv = arrivals[a];
                if (!eventsPass[mv.event]) continue;
                ImGui::PushID(static_cast<int>(a));
                const corpus::Event& by = app.corpus->events()[mv.event];
                if (linkLine(app, "arrival", moveLabel(app, mv), app.selection.event == static_cast<int>(mv.event)))
                    app.post(cmd::SelectEvent{static_cast<int>(mv.event), true, true});
                recordItem(app, "search.arrival." + by.id);
                ImGui::Indent();
                paragraph(app, pick(app.lang, by.titleEn, by.titleAr), dim);
                ImGui::Unindent();
                ImGui::PopID();
            }
        }
        // A clause hit shows the whole clause: often that is the answer.
        if (current && r.hit.kind == "clause") {
            if (const corpus::Clause* cl = explore::findClause(app.corpus->events()[static_cast<size_t>(r.event)], r.clause))
                paragraph(app, pick(app.lang, cl->en, cl->ar));
        }
        ImGui::Unindent();
        ImGui::PopID();
    }
    ImGui::EndChild();
    ImGui::End();
}

}  // namespace ta
