#include "details_pane.hpp"

#include "event_colors.hpp"
#include "navigation.hpp"
#include "pane.hpp"
#include "ui_text.hpp"

#include <imgui.h>

#include <cmath>
#include <cstdio>

namespace ta {

namespace {

std::string separatorFor(Lang lang) { return lang == Lang::Ar ? "، " : ", "; }

std::string termLabel(const AppContext& app, const std::vector<corpus::Term>& terms, const std::string& id) {
    for (const corpus::Term& t : terms)
        if (t.id == id) return pick(app.lang, t.en, t.ar);
    return id;
}

std::string actorNames(const AppContext& app, const std::vector<std::string>& ids) {
    std::string out;
    for (const std::string& id : ids) {
        const corpus::Actor* a = app.corpus->findActor(id);
        if (!out.empty()) out += separatorFor(app.lang);
        out += a ? pick(app.lang, a->nameEn, a->nameAr) : id;
    }
    return out;
}

std::string placeName(const AppContext& app, const std::string& id) {
    const corpus::Place* p = app.corpus->findPlace(id);
    return p ? pick(app.lang, p->nameEn, p->nameAr) : id;
}

std::string labelled(const AppContext& app, std::string_view key, std::string_view value) {
    return std::string(tr(app.lang, key)) + ": " + std::string(value);
}

std::string precisionText(const AppContext& app, const PartialDate& d) {
    std::string out = std::string(tr(app.lang, std::string("precision.") + std::string(toString(d.precision))));
    if (d.qualifier != DateQualifier::None)
        out += separatorFor(app.lang) + std::string(tr(app.lang, std::string("qualifier.") + std::string(toString(d.qualifier))));
    return out;
}

std::string formatCount(double v) {
    char buf[32];
    if (std::floor(v) == v) std::snprintf(buf, sizeof buf, "%.0f", v);
    else std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

void drawDate(AppContext& app, const corpus::Event& e) {
    std::string date = e.date.iso();
    if (e.dateEnd) date += " – " + e.dateEnd->iso();
    textLine(app, labelled(app, "details.date", date + "  (" + precisionText(app, e.date) + ")"));
    paragraph(app, pick(app.lang, e.dateNoteEn, e.dateNoteAr), ImGui::GetColorU32(ImGuiCol_TextDisabled));
    for (const corpus::Reading& r : e.readings) {
        const std::string head = std::string(tr(app.lang, r.chosen ? "details.reading_chosen" : "details.reading_other")) + ": " + r.date.iso();
        textLine(app, head, r.chosen ? 0 : ImGui::GetColorU32(ImGuiCol_TextDisabled));
        ImGui::Indent();
        paragraph(app, pick(app.lang, r.reasonEn, r.reasonAr), ImGui::GetColorU32(ImGuiCol_TextDisabled));
        ImGui::Unindent();
    }
}

void drawPlaces(AppContext& app, const corpus::Event& e) {
    heading(app, tr(app.lang, "details.places"));
    for (const std::string& id : e.places) {
        const int p = app.corpus->placeIndex(id);
        std::string text = placeName(app, id);
        if (p >= 0) {
            const corpus::Place& place = app.corpus->places()[static_cast<size_t>(p)];
            for (const corpus::Governorate& g : app.corpus->governorates())
                if (g.id == place.governorate) text += separatorFor(app.lang) + pick(app.lang, g.nameEn, g.nameAr);
            // The areas of the loaded boundaries holding the place: its district and sub-district with
            // ADM2 and ADM3 files loaded (levels 0 and 1 repeat the country and the governorate).
            if (static_cast<size_t>(p) < app.corpusGeometry.places.size()) {
                const std::vector<int> areas = app.map.areasAt(app.corpusGeometry.places[static_cast<size_t>(p)]);
                std::string named;
                for (size_t l = 0; l < areas.size(); ++l) {
                    const int level = app.map.adminLayers[l].level;
                    if (areas[l] < 0 || (level >= 0 && level < 2 && areas.size() > 1)) continue;
                    const MapArea& a = app.map.boundaries[static_cast<size_t>(areas[l])];
                    const std::string& name = pick(app.lang, a.nameEn, a.nameAr);
                    if (name.empty()) continue;
                    const char* key = level == 2 ? "details.district" : level == 3 ? "details.subdistrict" : "details.area";
                    named += (named.empty() ? "" : separatorFor(app.lang)) + std::string(tr(app.lang, key)) + ": " + name;
                }
                if (!named.empty()) text += "  (" + named + ")";
            }
            const corpus::PlaceState* ps = static_cast<size_t>(p) < app.timeline.places.size() ? &app.timeline.places[static_cast<size_t>(p)] : nullptr;
            const Rgba col = app.style.statusColor(ps ? corpus::statusId(ps->status) : "none");
            if (linkLine(app, ("place-" + id).c_str(), "• " + text, p == app.selection.place, toImU32(col))) app.post(cmd::SelectPlace{p});
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", T(app, "details.place_hint").c_str());
        } else {
            textLine(app, text);
        }
    }
}

void drawActors(AppContext& app, const corpus::Event& e) {
    const std::pair<const char*, const std::vector<std::string>*> rows[] = {
        {"details.parties", &e.parties}, {"details.mediators", &e.mediators}, {"details.guarantors", &e.guarantors}};
    bool any = false;
    for (const auto& [key, ids] : rows) any |= !ids->empty();
    if (!any && e.venueEn.empty()) return;
    heading(app, tr(app.lang, "details.who"));
    for (const auto& [key, ids] : rows)
        if (!ids->empty()) paragraph(app, labelled(app, key, actorNames(app, *ids)));
    const std::string& venue = pick(app.lang, e.venueEn, e.venueAr);
    if (!venue.empty()) paragraph(app, labelled(app, "details.venue", venue));
}

void drawNumbersAndFlows(AppContext& app, const corpus::Event& e) {
    if (!e.numbers.empty()) {
        heading(app, tr(app.lang, "details.numbers"));
        for (const corpus::Number& n : e.numbers) {
            std::string text = n.approx ? std::string(tr(app.lang, "details.about")) + " " : "";
            text += formatCount(n.value);
            if (n.max) text += "–" + formatCount(*n.max);
            text += " " + termLabel(app, app.corpus->taxonomy().numberKinds, n.what);
            const std::string& note = pick(app.lang, n.noteEn, n.noteAr);
            if (!note.empty()) text += ": " + note;
            paragraph(app, "• " + text);
        }
    }
    if (!e.flows.empty()) {
        heading(app, tr(app.lang, "details.flows"));
        for (const corpus::Flow& f : e.flows) {
            std::string text = placeName(app, f.from) + " " + tr(app.lang, "details.to") + " " + placeName(app, f.to) + ": " +
                               std::string(tr(app.lang, "who." + f.who));
            if (f.count) text += " (" + std::to_string(*f.count) + ")";
            if (f.date) text += ", " + f.date->iso();
            const std::string& note = pick(app.lang, f.noteEn, f.noteAr);
            if (!note.empty()) text += ". " + note;
            paragraph(app, "• " + text);
        }
    }
}

void drawClauses(AppContext& app, const corpus::Event& e) {
    if (e.clauses.empty()) return;
    std::string head = std::string(tr(app.lang, "details.clauses")) + " (" + std::to_string(e.clauses.size());
    if (e.clauseCountStated && *e.clauseCountStated != static_cast<int>(e.clauses.size()))
        head += separatorFor(app.lang) + std::string(tr(app.lang, "details.clauses_stated")) + " " + std::to_string(*e.clauseCountStated);
    heading(app, head + ")");
    for (const corpus::Clause& c : e.clauses) {
        std::string cats;
        for (const std::string& id : c.categories) {
            const corpus::Term* t = app.corpus->findCategory(id);
            if (!cats.empty()) cats += separatorFor(app.lang);
            cats += t ? pick(app.lang, t->en, t->ar) : id;
        }
        textLine(app, std::to_string(c.n) + ". [" + cats + "]", ImGui::GetColorU32(ImGuiCol_PlotHistogram));
        ImGui::Indent();
        paragraph(app, pick(app.lang, c.en, c.ar));
        ImGui::Unindent();
    }
}

void drawSource(AppContext& app, const corpus::Event& e) {
    heading(app, tr(app.lang, "details.source"));
    std::string text = std::string(tr(app.lang, "details.section")) + " " + e.source.section;
    if (e.source.paragraph > 0) text += separatorFor(app.lang) + std::string(tr(app.lang, "details.paragraph")) + " " + std::to_string(e.source.paragraph);
    if (e.source.lineFirst > 0) {
        text += separatorFor(app.lang) + std::string(tr(app.lang, "details.lines")) + " " + std::to_string(e.source.lineFirst);
        if (e.source.lineLast > e.source.lineFirst) text += "–" + std::to_string(e.source.lineLast);
    }
    paragraph(app, text);
    textDim(app, tr(app.lang, "details.source_hint"));
}

void drawCaseEvents(AppContext& app, int eventIndex) {
    const int ci = caseOfEvent(*app.corpus, static_cast<size_t>(eventIndex));
    if (ci < 0) return;
    const corpus::Case& c = app.corpus->cases()[static_cast<size_t>(ci)];
    heading(app, std::string(tr(app.lang, "details.case_events")) + ": " + std::to_string(c.n) + ". " + pick(app.lang, c.nameEn, c.nameAr));
    paragraph(app, pick(app.lang, c.summaryEn, c.summaryAr), ImGui::GetColorU32(ImGuiCol_TextDisabled));
    const auto& events = app.corpus->eventsOfCase(static_cast<size_t>(ci));
    for (uint32_t i : events) {
        const corpus::Event& ev = app.corpus->events()[i];
        const bool current = static_cast<int>(i) == eventIndex;
        const std::string text = std::string(current ? "• " : "   ") + ev.date.iso() + "  " + pick(app.lang, ev.titleEn, ev.titleAr);
        if (linkLine(app, ("case-event-" + ev.id).c_str(), text, current, current ? 0 : toImU32(eventKindColor(ev.kind))) && !current)
            app.post(cmd::SelectEvent{static_cast<int>(i), true});
        if (!current) recordItem(app, "details.event." + ev.id);
    }
}

}  // namespace

void drawDetailsPane(AppContext& app) {
    if (!beginPane(app, "details", app.show.details, app.layout.right)) return;
    const corpus::Corpus* corpus = app.corpus ? &*app.corpus : nullptr;
    const int ei = app.selection.event;
    if (!corpus || ei < 0 || static_cast<size_t>(ei) >= corpus->events().size()) {
        paragraph(app, tr(app.lang, corpus ? "details.empty" : "details.no_corpus"), ImGui::GetColorU32(ImGuiCol_TextDisabled));
        ImGui::End();
        return;
    }
    const corpus::Event& e = corpus->events()[static_cast<size_t>(ei)];

    ImGui::PushFont(app.fonts.large);
    paragraph(app, pick(app.lang, e.titleEn, e.titleAr));
    ImGui::PopFont();
    std::string kind = termLabel(app, corpus->taxonomy().eventKinds, e.kind);
    if (!e.phase.empty()) kind += separatorFor(app.lang) + std::string(tr(app.lang, "details.phase")) + ": " + pick(app.lang, e.phase, e.phaseAr.empty() ? e.phase : e.phaseAr);
    textLine(app, kind, toImU32(eventKindColor(e.kind)));
    if (e.model > 0) {
        for (const corpus::Model& m : corpus->models())
            if (m.n == e.model) textLine(app, labelled(app, "details.model", std::to_string(m.n) + ". " + pick(app.lang, m.nameEn, m.nameAr)));
    }
    drawDate(app, e);
    ImGui::Spacing();
    paragraph(app, pick(app.lang, e.summaryEn, e.summaryAr));

    drawPlaces(app, e);
    drawActors(app, e);
    drawNumbersAndFlows(app, e);

    heading(app, tr(app.lang, "details.outcome"));
    textLine(app, std::string(tr(app.lang, "outcome." + e.outcome)));
    paragraph(app, pick(app.lang, e.outcomeNoteEn, e.outcomeNoteAr), ImGui::GetColorU32(ImGuiCol_TextDisabled));

    drawClauses(app, e);
    drawSource(app, e);
    drawCaseEvents(app, ei);
    ImGui::End();
}

}  // namespace ta
