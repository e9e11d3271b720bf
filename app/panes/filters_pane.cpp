#include "filters_pane.hpp"

#include "explore/filter_sets.hpp"
#include "explore_labels.hpp"
#include "pane.hpp"
#include "ui_text.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace ta {

namespace {

template <class T>
bool has(const std::vector<T>& list, const T& v) {
    return std::find(list.begin(), list.end(), v) != list.end();
}

// One checkbox per value; `id` is stable (tests click "filters.<dimension>.<value>").
template <class T>
void checkbox(AppContext& app, const std::string& id, const std::string& label, std::vector<T>& list, const T& value) {
    bool on = has(list, value);
    if (ImGui::Checkbox((shaped(label) + "###" + id).c_str(), &on)) explore::toggle(list, value);
    recordItem(app, id);
}

// A collapsing section with the number of values chosen in its title.
bool section(const AppContext& app, const char* key, size_t chosen) {
    std::string title = T(app, key);
    if (chosen > 0) title += " (" + std::to_string(chosen) + ")";
    return ImGui::CollapsingHeader((title + "###" + key).c_str(), ImGuiTreeNodeFlags_DefaultOpen);
}

std::string modelName(const AppContext& app, int n) {
    for (const corpus::Model& m : app.corpus->models())
        if (m.n == n) return std::to_string(n) + ". " + pick(app.lang, m.nameEn, m.nameAr);
    return std::to_string(n);
}

std::string priorityName(const AppContext& app, int n) {
    for (const corpus::Priority& p : app.corpus->priorities())
        if (p.n == n) return std::to_string(n) + ". " + pick(app.lang, p.nameEn, p.nameAr);
    return std::to_string(n);
}

}  // namespace

void drawFiltersPane(AppContext& app) {
    const float em = ImGui::GetFontSize();
    const Rect& m = app.layout.map;
    const Rect firstUse{m.right() - 24 * em, m.y + 0.5f * em, 23.5f * em, std::min(40 * em, m.h - em)};
    if (!beginPane(app, "filters", app.show.filters, firstUse)) return;
    if (!app.corpus) {
        textDim(app, tr(app.lang, "explore.no_corpus"));
        ImGui::End();
        return;
    }
    const corpus::Corpus& c = *app.corpus;
    Filters& f = app.filters;

    textLine(app, std::to_string(explore::countPassing(f, c)) + " / " + std::to_string(c.events().size()) + " " +
                      tr(app.lang, "filters.events_pass"));
    ImGui::BeginDisabled(!f.active());
    if (ImGui::Button(L(app, "filters.clear").c_str())) {
        const bool dim = f.dimFiltered;
        f = Filters{};
        f.dimFiltered = dim;
    }
    recordItem(app, "filters.clear");
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::Checkbox(L(app, "filters.dim").c_str(), &f.dimFiltered);
    recordItem(app, "filters.dim");

    // The answer first: the events that pass, in date order, each a link to select it.
    if (f.active()) {
        const std::vector<uint8_t> pass = explore::passingEvents(f, c);
        const size_t n = static_cast<size_t>(std::count(pass.begin(), pass.end(), uint8_t{1}));
        const std::string title = T(app, "filters.matching") + " (" + std::to_string(n) + ")###filters.matching";
        if (ImGui::CollapsingHeader(title.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
            const float rowH = ImGui::GetTextLineHeightWithSpacing();
            ImGui::BeginChild("##filters.matching", ImVec2(0, std::min(static_cast<float>(n) + 0.5f, 9.5f) * rowH), true);
            for (size_t e = 0; e < pass.size(); ++e) {
                if (!pass[e]) continue;
                ImGui::PushID(static_cast<int>(e));
                if (linkLine(app, "event", eventLabel(app, e), app.selection.event == static_cast<int>(e)))
                    app.post(cmd::SelectEvent{static_cast<int>(e), true, true});
                recordItem(app, "filters.match." + c.events()[e].id);
                ImGui::PopID();
            }
            ImGui::EndChild();
        }
    }

    const explore::FilterChoices choices = explore::filterChoices(c);
    if (section(app, "filters.kind", f.kinds.size()))
        for (const std::string& k : choices.kinds)
            checkbox(app, "filters.kind." + k, termName(app, c.taxonomy().eventKinds, k), f.kinds, k);
    if (section(app, "filters.guarantor", f.guarantors.size())) {
        ImGui::Checkbox(L(app, "filters.mediators_count").c_str(), &f.mediatorsCount);
        recordItem(app, "filters.mediators_count");
        for (const std::string& a : choices.guarantors) checkbox(app, "filters.guarantor." + a, actorName(app, a), f.guarantors, a);
    }
    if (section(app, "filters.governorate", f.governorates.size()))
        for (const std::string& g : choices.governorates)
            checkbox(app, "filters.governorate." + g, governorateName(app, g), f.governorates, g);
    if (section(app, "filters.model", f.models.size()))
        for (int n : choices.models) checkbox(app, "filters.model." + std::to_string(n), modelName(app, n), f.models, n);
    if (section(app, "filters.priority", f.priorities.size())) {
        textDim(app, tr(app.lang, "filters.priority_note"));
        for (int n : choices.priorities)
            checkbox(app, "filters.priority." + std::to_string(n), priorityName(app, n), f.priorities, n);
    }
    ImGui::End();
}

}  // namespace ta
