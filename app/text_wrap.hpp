#pragma once
// Line breaking for right-to-left text. FriBiDi reorders one line at a time, so a paragraph must be
// broken into lines in logical order first and each line shaped afterwards; breaking the shaped
// (visual) text instead would read the lines bottom to top and split words backwards. Pure: the
// width of a line comes from the caller (ImGui's measure of the shaped line).

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ta {

/// Splits `text` (logical order, UTF-8) at spaces into lines whose `measure` is at most `maxWidth`.
/// A single word wider than that stands on a line of its own; '\n' always breaks. No line starts
/// or ends with a space.
std::vector<std::string> wrapLogicalText(std::string_view text, float maxWidth, const std::function<float(std::string_view)>& measure);

}  // namespace ta
