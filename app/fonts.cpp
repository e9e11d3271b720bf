#include "fonts.hpp"

#include "error.hpp"

#include <imgui.h>

#include <cmath>
#include <filesystem>

namespace ta {

namespace {

constexpr const char* kLatinFont = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";
constexpr const char* kArabicFont = "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf";
constexpr float kBodyPx = 16, kLargePx = 30;
// ImGui sizes a font by ascender - descender; Noto Sans Arabic's span is much taller than Noto
// Sans's, so at equal sizes the Arabic looks small. This factor evens the x-heights out.
constexpr float kArabicScale = 1.3f;

void requireFile(const char* path) {
    if (!std::filesystem::exists(path)) throw Error(path, "font not found (install fonts-noto-core)");
}

ImFont* addMergedFont(float px) {
    ImGuiIO& io = ImGui::GetIO();
    static const ImWchar latinRanges[] = {0x0020, 0x024F, 0x2010, 0x205E, 0x2190, 0x21FF, 0x25A0, 0x25FF, 0};
    static const ImWchar arabicRanges[] = {0x0600, 0x06FF, 0xFB50, 0xFDFF, 0xFE70, 0xFEFF, 0};
    ImFontConfig latin;
    latin.OversampleH = 2;
    ImFont* font = io.Fonts->AddFontFromFileTTF(kLatinFont, px, &latin, latinRanges);
    ImFontConfig arabic;
    arabic.MergeMode = true;
    arabic.OversampleH = 2;
    io.Fonts->AddFontFromFileTTF(kArabicFont, std::round(px * kArabicScale), &arabic, arabicRanges);
    return font;
}

}  // namespace

UiFonts buildUiFonts(float contentScale) {
    requireFile(kLatinFont);
    requireFile(kArabicFont);
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    UiFonts fonts;
    fonts.scale = contentScale;
    fonts.body = addMergedFont(std::round(kBodyPx * contentScale));
    fonts.large = addMergedFont(std::round(kLargePx * contentScale));
    if (!io.Fonts->Build()) throw Error("ImGui", "cannot build the font atlas");
    return fonts;
}

}  // namespace ta
