#pragma once
// Keyboard queries for ImGui 1.86 (Debian), whose GLFW backend indexes io.KeysDown by GLFW key
// codes: ImGui::IsKeyPressed takes a GLFW_KEY_* there, not an ImGuiKey_*.

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

namespace ta {

inline bool keyPressed(int glfwKey, bool repeat = true) {
    return !ImGui::GetIO().WantTextInput && ImGui::IsKeyPressed(glfwKey, repeat);
}

}  // namespace ta
