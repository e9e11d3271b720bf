#pragma once
// Where the program finds its fonts (Noto Sans and Noto Sans Arabic, Debian's fonts-noto-core).
// TRUCE_ATLAS_FONT_DIR points elsewhere: other copies of the same files on a system without the
// package, or, in tests, a directory without them to check what a missing font does.

#include <filesystem>
#include <string_view>

namespace ta {

/// $TRUCE_ATLAS_FONT_DIR when set and not empty, else /usr/share/fonts/truetype/noto.
std::filesystem::path fontDirectory();

/// fontDirectory() / fileName, e.g. fontFile("NotoSans-Regular.ttf").
std::filesystem::path fontFile(std::string_view fileName);

}  // namespace ta
