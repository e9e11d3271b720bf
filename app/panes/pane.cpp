#include "pane.hpp"

#include "ui_text.hpp"

#include <string>

namespace ta {

bool beginPane(AppContext& app, const char* id, bool& open, const Rect& firstUse, ImGuiWindowFlags flags, bool startCollapsed) {
    const ImGuiCond cond = app.resetLayout ? ImGuiCond_Always : ImGuiCond_FirstUseEver;
    ImGui::SetNextWindowPos(ImVec2(firstUse.x, firstUse.y), cond);
    ImGui::SetNextWindowSize(ImVec2(firstUse.w, firstUse.h), cond);
    ImGui::SetNextWindowCollapsed(startCollapsed, cond);
    const std::string title = T(app, std::string("pane.") + id) + "###" + id;
    if (!ImGui::Begin(title.c_str(), &open, flags)) {
        ImGui::End();
        return false;
    }
    return true;
}

}  // namespace ta
