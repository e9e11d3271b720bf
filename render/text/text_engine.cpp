#include "text_engine.hpp"

#include "bidi.hpp"
#include "error.hpp"
#include "utf8.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include <hb.h>

#include <algorithm>

namespace ta::text {

namespace {

uint64_t glyphKey(uint8_t font, uint32_t glyphId) { return static_cast<uint64_t>(font) << 32 | glyphId; }

std::u32string decode(std::string_view utf8) {
    std::u32string out;
    for (size_t pos = 0; pos < utf8.size();) {
        const char32_t c = corpus::decodeUtf8(utf8, pos);
        if (c == U'\n' || c == U'\r' || c == U'\t') out.push_back(U' ');  // one line
        else if (c >= 0x20) out.push_back(c);
    }
    return out;
}

struct FontRun {
    size_t start, length;
    uint8_t font;
};

}  // namespace

bool isArabicScript(char32_t c) {
    return (c >= 0x0600 && c <= 0x06FF && !(c >= 0x0660 && c <= 0x0669)) || (c >= 0x0750 && c <= 0x077F) ||
           (c >= 0x08A0 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

bool isNeutral(char32_t c) {
    if (c < 0x80) return !((c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z'));
    return (c >= 0x0660 && c <= 0x0669) || (c >= 0x2000 && c <= 0x206F) || c == 0x00A0 || c == 0x00B7 || c == 0x00D7;
}

TextEngine::TextEngine(const FontFiles& files) : m_fonts(files) {}
TextEngine::~TextEngine() = default;

const ShapedText& TextEngine::shape(std::string_view utf8) {
    const std::string key(utf8);
    if (auto it = m_shapes.find(key); it != m_shapes.end()) return it->second;
    return m_shapes.emplace(key, shapeUncached(utf8)).first->second;
}

TextEngine::GlyphEntry& TextEngine::entry(uint8_t font, uint32_t glyphId) {
    auto [it, inserted] = m_glyphs.try_emplace(glyphKey(font, glyphId));
    if (inserted) {
        FT_Face face = m_fonts.face(font);
        if (FT_Load_Glyph(face, glyphId, FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP) == 0) {
            it->second.inkTop = static_cast<float>(face->glyph->metrics.horiBearingY) / 64.f / kSdfBasePx;
            it->second.inkBottom = static_cast<float>(face->glyph->metrics.horiBearingY - face->glyph->metrics.height) / 64.f / kSdfBasePx;
        }
    }
    return it->second;
}

const AtlasGlyph& TextEngine::glyph(uint8_t font, uint32_t glyphId) {
    GlyphEntry& e = entry(font, glyphId);
    if (e.rasterised) return e.atlas;
    e.rasterised = true;
    FT_Face face = m_fonts.face(font);
    if (FT_Load_Glyph(face, glyphId, FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP) != 0) return e.atlas;
    if (face->glyph->format != FT_GLYPH_FORMAT_OUTLINE || face->glyph->outline.n_points == 0) return e.atlas;  // a space
    if (FT_Render_Glyph(face->glyph, FT_RENDER_MODE_SDF) != 0) return e.atlas;
    const FT_Bitmap& bm = face->glyph->bitmap;
    if (bm.width == 0 || bm.rows == 0) return e.atlas;
    e.atlas.rect = m_atlas.add(static_cast<int>(bm.width), static_cast<int>(bm.rows), bm.buffer, bm.pitch);
    e.atlas.left = static_cast<float>(face->glyph->bitmap_left);
    e.atlas.top = static_cast<float>(face->glyph->bitmap_top);
    return e.atlas;
}

ShapedText TextEngine::shapeUncached(std::string_view utf8) {
    const std::u32string text = decode(utf8);
    ShapedText out;
    if (text.empty()) return out;
    out.rtl = isRtlParagraph(text);

    // Font of every character, in logical order.
    std::vector<uint8_t> fontOf(text.size());
    int previous = -1;
    auto covers = [&](uint8_t font, char32_t c) { return m_fonts.covers(font, c); };
    for (size_t i = 0; i < text.size(); ++i) previous = fontOf[i] = chooseFont(text[i], previous, out.rtl, covers);

    hb_buffer_t* buffer = hb_buffer_create();
    float penEm = 0;
    bool anyInk = false;
    out.inkTop = 0;
    out.inkBottom = 0;
    for (const BidiRun& run : visualRuns(text)) {
        // Split the directional run where the font changes; right-to-left runs are laid out from
        // their logical end.
        std::vector<FontRun> pieces;
        for (size_t i = run.start; i < run.start + run.length;) {
            size_t j = i;
            while (j < run.start + run.length && fontOf[j] == fontOf[i]) ++j;
            pieces.push_back({i, j - i, fontOf[i]});
            i = j;
        }
        if (run.rtl) std::reverse(pieces.begin(), pieces.end());
        for (const FontRun& piece : pieces) {
            hb_buffer_clear_contents(buffer);
            // The whole line goes in as context so that letters join across a font change.
            hb_buffer_add_utf32(buffer, reinterpret_cast<const uint32_t*>(text.data()), static_cast<int>(text.size()),
                                static_cast<unsigned>(piece.start), static_cast<int>(piece.length));
            hb_buffer_set_direction(buffer, run.rtl ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
            if (piece.font == kArabicFont) {
                hb_buffer_set_script(buffer, HB_SCRIPT_ARABIC);
                hb_buffer_set_language(buffer, hb_language_from_string("ar", -1));
            }
            hb_buffer_guess_segment_properties(buffer);
            hb_shape(m_fonts.shaper(piece.font), buffer, nullptr, 0);
            unsigned count = 0;
            const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer, &count);
            const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer, &count);
            const float perUnit = 1.f / static_cast<float>(m_fonts.unitsPerEm(piece.font));
            for (unsigned g = 0; g < count; ++g) {
                ShapedGlyph sg;
                sg.font = piece.font;
                sg.glyph = info[g].codepoint;
                sg.x = penEm + static_cast<float>(pos[g].x_offset) * perUnit;
                sg.y = static_cast<float>(pos[g].y_offset) * perUnit;
                penEm += static_cast<float>(pos[g].x_advance) * perUnit;
                const GlyphEntry& e = entry(sg.font, sg.glyph);
                if (e.inkTop != e.inkBottom) {
                    out.inkTop = anyInk ? std::max(out.inkTop, sg.y + e.inkTop) : sg.y + e.inkTop;
                    out.inkBottom = anyInk ? std::min(out.inkBottom, sg.y + e.inkBottom) : sg.y + e.inkBottom;
                    anyInk = true;
                }
                out.glyphs.push_back(sg);
            }
        }
    }
    hb_buffer_destroy(buffer);
    out.advance = penEm;
    return out;
}

}  // namespace ta::text
