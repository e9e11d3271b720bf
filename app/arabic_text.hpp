#pragma once
// Arabic for Dear ImGui, which draws glyphs left to right one code point at a time: FriBiDi joins
// the letters into their presentation forms and reorders the line visually (numbers and Latin
// words stay left to right). The map's labels use HarfBuzz instead (render/).

#include <string>
#include <string_view>

namespace ta {

/// True if the UTF-8 text holds any Arabic letter.
bool containsArabic(std::string_view utf8);

/// Logical-order UTF-8 -> visual-order UTF-8 with Arabic presentation forms. Text without Arabic is
/// returned unchanged. Single line: callers split paragraphs themselves.
std::string shapeForDisplay(std::string_view utf8);

}  // namespace ta
