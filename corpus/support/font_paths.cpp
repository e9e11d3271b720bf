#include "font_paths.hpp"

#include <cstdlib>

namespace ta {

std::filesystem::path fontDirectory() {
    if (const char* dir = std::getenv("TRUCE_ATLAS_FONT_DIR"); dir && *dir) return dir;
    return "/usr/share/fonts/truetype/noto";
}

std::filesystem::path fontFile(std::string_view fileName) { return fontDirectory() / fileName; }

}  // namespace ta
