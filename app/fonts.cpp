#include "fonts.hpp"

#include "error.hpp"
#include "font_paths.hpp"

#include <imgui.h>

#include <cmath>
#include <filesystem>

namespace ta {

namespace {

constexpr const char* kLatinFont = "NotoSans-Regular.ttf";
constexpr const char* kArabicFont = "NotoSansArabic-Regular.ttf";
constexpr float kBodyPx = 16, kLargePx = 30;
// ImGui sizes a font by ascender - descender; Noto Sans Arabic's span is much taller than Noto
// Sans's, so at equal sizes the Arabic looks small. This factor evens the x-heights out.
constexpr float kArabicScale = 1.3f;

// The first of the fonts that is missing, or "".
std::string missingFont() {
    for (const char* name : {kLatinFont, kArabicFont}) {
        std::error_code ec;
        if (const std::filesystem::path path = fontFile(name); !std::filesystem::exists(path, ec)) return path.string();
    }
    return {};
}

// ImGui's own font (Latin only) at about the asked size: the window stays usable without ours.
ImFont* addBuiltInFont(float px) {
    ImFontConfig config;
    config.SizePixels = px;
    return ImGui::GetIO().Fonts->AddFontDefault(&config);
}

ImFont* addMergedFont(float px) {
    ImGuiIO& io = ImGui::GetIO();
    static const ImWchar latinRanges[] = {0x0020, 0x024F, 0x2010, 0x205E, 0x2190, 0x21FF, 0x25A0, 0x25FF, 0};
    static const ImWchar arabicRanges[] = {0x0600, 0x06FF, 0xFB50, 0xFDFF, 0xFE70, 0xFEFF, 0};
    ImFontConfig latin;
    latin.OversampleH = 2;
    ImFont* font = io.Fonts->AddFontFromFileTTF(fontFile(kLatinFont).c_str(), px, &latin, latinRanges);
    ImFontConfig arabic;
    arabic.MergeMode = true;
    arabic.OversampleH = 2;
    io.Fonts->AddFontFromFileTTF(fontFile(kArabicFont).c_str(), std::round(px * kArabicScale), &arabic, arabicRanges);
    return font;
}

}  // namespace

UiFonts buildUiFonts(float contentScale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    UiFonts fonts;
    fonts.scale = contentScale;
    fonts.missing = missingFont();
    if (!fonts.missing.empty()) {
        fonts.body = addBuiltInFont(std::round(kBodyPx * contentScale));
        fonts.large = addBuiltInFont(std::round(kLargePx * contentScale));
    } else {
        fonts.body = addMergedFont(std::round(kBodyPx * contentScale));
        fonts.large = addMergedFont(std::round(kLargePx * contentScale));
    }
    if (!io.Fonts->Build()) throw Error("ImGui", "cannot build the font atlas");
    return fonts;
}

}  // namespace ta
