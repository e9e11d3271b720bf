#include "sources_pane.hpp"

#include "map_sources.hpp"
#include "pane.hpp"
#include "ui_text.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <filesystem>

namespace ta {

namespace {

const char* levelName(int level) {
    static const char* kNames[] = {"ADM0", "ADM1", "ADM2", "ADM3", "ADM4"};
    return level >= 0 && level <= 4 ? kNames[level] : "?";
}

std::string fileName(const std::string& spec) { return std::filesystem::path(LayerSpec::parse(spec).path).filename().string(); }

void loadedList(AppContext& app) {
    heading(app, tr(app.lang, "sources.loaded"));
    const MapOptions& options = app.options.map;
    if (options.boundaries.empty() && options.layers.empty()) textDim(app, app.map.base.boundariesSource);
    for (size_t i = 0; i < options.boundaries.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        int level = -1;
        size_t areas = 0;
        for (const MapAdminLayer& l : app.map.adminLayers)
            if (l.source == options.boundaries[i]) level = l.level, areas = l.end - l.begin;
        const bool disabled = app.sources.loading();
        if (disabled) ImGui::BeginDisabled();
        if (ImGui::SmallButton("x")) requestRemoveSource(app, RecentSource::Kind::Boundaries, i);
        if (disabled) ImGui::EndDisabled();
        ImGui::SameLine();
        if (areas > 0) ImGui::Text("%s  %s, %zu %s", fileName(options.boundaries[i]).c_str(), levelName(level), areas, T(app, "overlay.areas").c_str());
        else ImGui::TextDisabled("%s  (%s)", fileName(options.boundaries[i]).c_str(), T(app, "sources.failed").c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", options.boundaries[i].c_str());
        ImGui::PopID();
    }
    for (size_t i = 0; i < options.layers.size(); ++i) {
        ImGui::PushID(static_cast<int>(1000 + i));
        const bool disabled = app.sources.loading();
        if (disabled) ImGui::BeginDisabled();
        if (ImGui::SmallButton("x")) requestRemoveSource(app, RecentSource::Kind::Layer, i);
        if (disabled) ImGui::EndDisabled();
        ImGui::SameLine();
        ImGui::Text("%s  %s", T(app, "sources.layer").c_str(), fileName(options.layers[i]).c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", options.layers[i].c_str());
        ImGui::PopID();
    }
}

}  // namespace

void drawSourcesPane(AppContext& app) {
    if (!beginPane(app, "sources", app.show.sources, app.layout.center)) return;
    SourcesView& s = app.sources;
    const float em = ImGui::GetFontSize();

    int kind = s.kind == RecentSource::Kind::Layer ? 1 : 0;
    ImGui::RadioButton(L(app, "sources.boundaries").c_str(), &kind, 0);
    ImGui::SameLine();
    ImGui::RadioButton(L(app, "sources.layer").c_str(), &kind, 1);
    s.kind = kind ? RecentSource::Kind::Layer : RecentSource::Kind::Boundaries;

    ImGui::SetNextItemWidth(-em * 5);
    const bool entered = ImGui::InputTextWithHint("##path", "PATH[:LAYER][,options]", &s.field, ImGuiInputTextFlags_EnterReturnsTrue);
    recordItem(app, "sources.path");
    ImGui::SameLine();
    if (s.loading()) ImGui::BeginDisabled();
    const bool add = ImGui::Button(L(app, "sources.add").c_str(), ImVec2(em * 4.5f, 0)) || entered;
    recordItem(app, "sources.add");
    if (s.loading()) ImGui::EndDisabled();
    if (add && !s.loading()) requestAddSource(app, {s.kind, s.field});
    textDim(app, tr(app.lang, s.kind == RecentSource::Kind::Layer ? "sources.hint_layer" : "sources.hint_boundaries"));

    if (s.loading()) textLine(app, T(app, "sources.loading") + " " + s.pendingWhat);
    if (!s.lastError.empty()) ImGui::TextColored(ImVec4(0.95f, 0.35f, 0.25f, 1), "%s", s.lastError.c_str());

    loadedList(app);

    heading(app, tr(app.lang, "sources.recent"));
    if (s.recent.empty()) textDim(app, tr(app.lang, "sources.none"));
    for (size_t i = 0; i < s.recent.size(); ++i) {
        const RecentSource& r = s.recent[i];
        const std::string line = std::string(r.kind == RecentSource::Kind::Layer ? "[layer] " : "[boundaries] ") + r.spec;
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::Selectable(line.c_str(), false, ImGuiSelectableFlags_AllowDoubleClick)) {
            // One click fills the field (to edit the options); a double click adds it at once.
            s.field = r.spec;
            s.kind = r.kind;
            if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && !s.loading()) requestAddSource(app, r);
        }
        ImGui::PopID();
    }

    heading(app, tr(app.lang, "sources.area_status"));
    int mode = static_cast<int>(s.areaStatus);
    bool changed = ImGui::RadioButton(L(app, "sources.status_besides").c_str(), &mode, static_cast<int>(AreaStatusMode::Besides));
    ImGui::SameLine();
    changed |= ImGui::RadioButton(L(app, "sources.status_instead").c_str(), &mode, static_cast<int>(AreaStatusMode::Instead));
    ImGui::SameLine();
    changed |= ImGui::RadioButton(L(app, "sources.status_off").c_str(), &mode, static_cast<int>(AreaStatusMode::Off));
    if (changed) {
        s.areaStatus = static_cast<AreaStatusMode>(mode);
        app.sceneDirty = true;
    }
    ImGui::End();
}

}  // namespace ta
