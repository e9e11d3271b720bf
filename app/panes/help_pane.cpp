#include "help_pane.hpp"

#include "pane.hpp"
#include "ui_text.hpp"

#include <imgui.h>

namespace ta {

namespace {

// Both columns are i18n keys: the Arabic names the keys as the keyboard shows them.
struct Shortcut {
    const char* keys;
    const char* what;
};
constexpr Shortcut kShortcuts[] = {
    {"help.k_space", "help.play"},       {"help.k_arrows", "help.step"},      {"help.k_ctrl_l", "help.lang"},
    {"help.k_r", "help.reset"},          {"help.k_esc", "help.clear"},        {"help.k_f1", "help.help"},
    {"help.k_drag", "help.pan"},         {"help.k_wheel", "help.zoom"},       {"help.k_click_place", "help.click_place"},
    {"help.k_click_timeline", "help.scrub"}, {"help.k_shift_drag", "help.loop"}, {"help.k_wheel_timeline", "help.zoom_time"},
    {"help.k_right_drag", "help.pan_time"}, {"help.k_click_case", "help.click_case"},
    {"help.k_ctrl_f", "help.search"},       {"help.k_enter_search", "help.search_enter"},
    {"help.k_f5", "help.present"},          {"help.k_f12", "help.screenshot"},   {"help.k_pgdn", "help.tour_step"},
};

}  // namespace

void drawHelpPane(AppContext& app) {
    if (!beginPane(app, "help", app.show.help, app.layout.center)) return;
    if (ImGui::BeginTable("##shortcuts", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV)) {
        ImGui::TableSetupColumn("keys", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 13);
        ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthStretch);
        for (const Shortcut& s : kShortcuts) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            textLine(app, tr(app.lang, s.keys));
            ImGui::TableNextColumn();
            textLine(app, tr(app.lang, s.what));
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    paragraph(app, tr(app.lang, "help.start_options"), ImGui::GetColorU32(ImGuiCol_TextDisabled));
    ImGui::End();
}

void drawAboutPane(AppContext& app) {
    if (!beginPane(app, "about", app.show.about, app.layout.center)) return;
    ImGui::PushFont(app.fonts.large);
    textLine(app, "Truce Atlas");
    ImGui::PopFont();
    paragraph(app, tr(app.lang, "about.what"));
    heading(app, tr(app.lang, "about.study_title"));
    paragraph(app, tr(app.lang, "about.study"));
    if (app.corpus)
        textDim(app, std::to_string(app.corpus->cases().size()) + " " + tr(app.lang, "about.cases") + ", " +
                         std::to_string(app.corpus->events().size()) + " " + tr(app.lang, "about.events") + ", " +
                         std::to_string(app.corpus->clauseCount()) + " " + tr(app.lang, "about.clauses"));
    heading(app, tr(app.lang, "about.sources_title"));
    paragraph(app, "• " + tr(app.lang, "about.natural_earth"));
    paragraph(app, "• " + tr(app.lang, "about.geonames"));
    paragraph(app, "• " + tr(app.lang, "about.geoboundaries"));
    paragraph(app, "• " + tr(app.lang, "about.fonts"));
    heading(app, tr(app.lang, "about.loaded_title"));
    paragraph(app, app.map.base.boundariesSource);
    ImGui::End();
}

}  // namespace ta
