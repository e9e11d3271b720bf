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
    std::string missing;      // a font file that was not found ("" when all were): ImGui's own font stands in
};

/// A missing font file is no error: ImGui's built-in font (Latin only) stands in and `missing` names
/// the file, for the window to show. Throws ta::Error only when the atlas cannot be built.
UiFonts buildUiFonts(float contentScale);

}  // namespace ta
