#pragma once
// Text for the map: shapes UTF-8 lines (FriBiDi for direction, HarfBuzz for shaping, a font per
// script run: Arabic script in Noto Sans Arabic, the rest in Noto Sans) and rasterises the glyphs
// they use into a signed-distance-field atlas. Shapes and glyphs are cached: the same label costs
// nothing the second time. No GL here; the renderer uploads atlas() when its version changes.

#include "font_set.hpp"
#include "glyph_atlas.hpp"
#include "shaped_text.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace ta::text {

class TextEngine {
public:
    /// Throws ta::Error naming the font file when a font is missing.
    explicit TextEngine(const FontFiles& files = FontFiles::noto());
    ~TextEngine();
    TextEngine(const TextEngine&) = delete;
    TextEngine& operator=(const TextEngine&) = delete;

    /// One line of logical-order UTF-8 (invalid bytes become U+FFFD), shaped and laid out.
    const ShapedText& shape(std::string_view utf8);
    /// Width of the shaped line at `sizePx`, in the same pixels.
    float widthPx(std::string_view utf8, float sizePx) { return shape(utf8).advance * sizePx; }

    /// The glyph's distance field in the atlas, rasterised on first use.
    const AtlasGlyph& glyph(uint8_t font, uint32_t glyphId);
    const GlyphAtlas& atlas() const { return m_atlas; }

private:
    struct GlyphEntry {
        AtlasGlyph atlas;
        bool rasterised = false;
        float inkTop = 0, inkBottom = 0;  // em
    };
    GlyphEntry& entry(uint8_t font, uint32_t glyphId);
    ShapedText shapeUncached(std::string_view utf8);

    FontSet m_fonts;
    GlyphAtlas m_atlas;
    std::unordered_map<std::string, ShapedText> m_shapes;
    std::unordered_map<uint64_t, GlyphEntry> m_glyphs;
};

/// Which font draws `c` in a line whose previous character used `previousFont`: Arabic letters
/// the Arabic font, Latin letters the Latin font, and neutral characters (digits, spaces,
/// punctuation) stay with the neighbouring font when it has them, so "داريا 2016" keeps one style.
/// `covers(font, c)` says whether a font has a glyph. Pure, for tests.
template <class Covers>
uint8_t chooseFont(char32_t c, int previousFont, bool rtlParagraph, Covers&& covers);

bool isArabicScript(char32_t c);
bool isNeutral(char32_t c);

template <class Covers>
uint8_t chooseFont(char32_t c, int previousFont, bool rtlParagraph, Covers&& covers) {
    if (isArabicScript(c)) return kArabicFont;
    if (!isNeutral(c)) return covers(kLatinFont, c) || !covers(kArabicFont, c) ? kLatinFont : kArabicFont;
    if (previousFont >= 0 && covers(static_cast<uint8_t>(previousFont), c)) return static_cast<uint8_t>(previousFont);
    const uint8_t paragraphFont = rtlParagraph ? kArabicFont : kLatinFont;
    if (covers(paragraphFont, c)) return paragraphFont;
    return covers(kLatinFont, c) ? kLatinFont : kArabicFont;
}

}  // namespace ta::text
