#include "menu_bar.hpp"

#include "ui_text.hpp"

#include <imgui.h>

namespace ta {

void drawMenuBar(AppContext& app) {
    if (!ImGui::BeginMainMenuBar()) return;
    if (ImGui::BeginMenu(L(app, "menu.file").c_str())) {
        if (ImGui::MenuItem(L(app, "menu.screenshot").c_str(), "F12")) app.show.screenshot = true;
        if (ImGui::MenuItem(L(app, "menu.record").c_str())) app.show.record = true;
        ImGui::Separator();
        if (ImGui::MenuItem(L(app, "menu.quit").c_str(), "Ctrl+Q")) app.quitRequested = true;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(L(app, "menu.view").c_str())) {
        for (const PaneFlag& f : paneFlags(app.show)) ImGui::MenuItem(L(app, f.titleKey).c_str(), nullptr, f.open);
        ImGui::Separator();
        if (ImGui::MenuItem(L(app, "menu.reset_view").c_str(), "R")) app.post(cmd::ResetView{});
        if (ImGui::MenuItem(L(app, "menu.reset_layout").c_str())) app.resetLayout = true;
        ImGui::Separator();
        if (ImGui::MenuItem(L(app, "menu.present").c_str(), "F5", app.presentation.active)) togglePresentation(app);
        ImGui::MenuItem(L(app, "menu.high_contrast").c_str(), nullptr, &app.presentation.highContrast);
        ImGui::MenuItem(L(app, "menu.cursor_highlight").c_str(), nullptr, &app.presentation.cursorHighlight);
        ImGui::EndMenu();
    }
    const bool languageOpen = ImGui::BeginMenu(L(app, "menu.language").c_str());
    recordItem(app, "menu.language");
    if (languageOpen) {
        // Each language names itself, so a user lost in the other one finds the way back.
        if (ImGui::MenuItem("English###lang-en", nullptr, app.lang == Lang::En)) app.post(cmd::SetLanguage{Lang::En});
        recordItem(app, "menu.lang.en");
        if (ImGui::MenuItem((shaped("العربية") + "###lang-ar").c_str(), "Ctrl+L", app.lang == Lang::Ar)) app.post(cmd::SetLanguage{Lang::Ar});
        recordItem(app, "menu.lang.ar");
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(L(app, "menu.help").c_str())) {
        ImGui::MenuItem(L(app, "pane.help").c_str(), "F1", &app.show.help);
        ImGui::MenuItem(L(app, "pane.about").c_str(), nullptr, &app.show.about);
        ImGui::EndMenu();
    }
    // The selected event's title, so the menu bar says what the details pane shows.
    if (app.corpus && app.selection.event >= 0) {
        const corpus::Event& e = app.corpus->events()[static_cast<size_t>(app.selection.event)];
        ImGui::SameLine(0, ImGui::GetFontSize() * 2);
        ImGui::TextDisabled("%s", shaped(e.date.iso() + "  " + pick(app.lang, e.titleEn, e.titleAr)).c_str());
    }
    ImGui::EndMainMenuBar();
}

}  // namespace ta
