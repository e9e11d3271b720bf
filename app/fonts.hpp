#pragma once
// The ImGui font atlas: Noto Sans for Latin with Noto Sans Arabic merged in, at the window's
// content scale. Rebuilt between frames when the scale changes.

#include <string>

struct ImFont;

namespace ta {

struct UiFonts {
    ImFont* body = nullptr;
    ImFont* large = nullptr;  // date caption, presentation
    float scale = 1;
};

/// Throws ta::Error naming the missing font file.
UiFonts buildUiFonts(float contentScale);

}  // namespace ta
