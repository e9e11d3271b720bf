#include "caption_text.hpp"

#include "error.hpp"
#include "font_paths.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include <fribidi.h>
#include <hb-ft.h>
#include <hb.h>

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace ta {

namespace {

constexpr const char* kFontNames[4] = {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"};
// Where they are (fonts-noto-core, or TRUCE_ATLAS_FONT_DIR).
std::string fontPath(int file) { return fontFile(kFontNames[file]).string(); }
// Noto Sans Arabic's letters sit small beside Noto Sans's at the same em size; this evens them.
constexpr double kArabicScale = 1.12;

bool isArabicLetter(FriBidiChar c) {
    return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

struct Glyph {
    int width = 0, rows = 0, left = 0, top = 0;
    std::vector<uint8_t> coverage;
};

// One font file at one pixel size: a FreeType face and the HarfBuzz font over it.
struct SizedFont {
    FT_Face face = nullptr;
    hb_font_t* font = nullptr;
    std::map<unsigned, Glyph> glyphs;
    ~SizedFont() {
        if (font) hb_font_destroy(font);  // releases its reference to the face
    }
};

struct PositionedGlyph {
    SizedFont* font;
    unsigned glyph;
    double x, y;  // pen position relative to the line's left end and baseline
};

}  // namespace

struct CaptionText::Impl {
    FT_Library library = nullptr;
    std::map<std::pair<int, int>, std::unique_ptr<SizedFont>> fonts;  // (font file, px)

    ~Impl() {
        fonts.clear();
        if (library) FT_Done_FreeType(library);
    }

    SizedFont& font(int file, int px) {
        auto& slot = fonts[{file, px}];
        if (!slot) {
            auto f = std::make_unique<SizedFont>();
            if (FT_New_Face(library, fontPath(file).c_str(), 0, &f->face)) throw Error(fontPath(file), "cannot load the font");
            FT_Set_Pixel_Sizes(f->face, 0, static_cast<FT_UInt>(px));
            f->font = hb_ft_font_create_referenced(f->face);
            FT_Done_Face(f->face);  // the HarfBuzz font holds the reference now
            slot = std::move(f);
        }
        return *slot;
    }

    const Glyph& glyph(SizedFont& f, unsigned id) {
        auto it = f.glyphs.find(id);
        if (it != f.glyphs.end()) return it->second;
        Glyph g;
        if (!FT_Load_Glyph(f.face, id, FT_LOAD_DEFAULT) && !FT_Render_Glyph(f.face->glyph, FT_RENDER_MODE_NORMAL)) {
            const FT_Bitmap& bm = f.face->glyph->bitmap;
            g.width = static_cast<int>(bm.width);
            g.rows = static_cast<int>(bm.rows);
            g.left = f.face->glyph->bitmap_left;
            g.top = f.face->glyph->bitmap_top;
            g.coverage.resize(static_cast<size_t>(g.width) * g.rows);
            for (int r = 0; r < g.rows; ++r)
                std::copy_n(bm.buffer + static_cast<ptrdiff_t>(r) * bm.pitch, g.width, &g.coverage[static_cast<size_t>(r) * g.width]);
        }
        return f.glyphs.emplace(id, std::move(g)).first->second;
    }

    // Bidi runs in visual order, each shaped in its font; returns the glyphs and the line width.
    std::vector<PositionedGlyph> layout(std::string_view utf8, int px, bool bold, bool rtl, double& width) {
        std::vector<PositionedGlyph> out;
        width = 0;
        std::vector<FriBidiChar> text(utf8.size() + 1);
        const FriBidiStrIndex n =
            fribidi_charset_to_unicode(FRIBIDI_CHAR_SET_UTF8, utf8.data(), static_cast<FriBidiStrIndex>(utf8.size()), text.data());
        if (n <= 0) return out;
        text.resize(static_cast<size_t>(n));
        std::vector<FriBidiCharType> types(text.size());
        std::vector<FriBidiBracketType> brackets(text.size());
        std::vector<FriBidiLevel> levels(text.size());
        fribidi_get_bidi_types(text.data(), n, types.data());
        fribidi_get_bracket_types(text.data(), n, types.data(), brackets.data());
        FriBidiParType base = rtl ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
        if (!fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), n, &base, levels.data())) return out;

        // Runs of one level and one font; neutrals (spaces, punctuation) stay with the run they are in.
        struct Run {
            size_t begin, end;
            FriBidiLevel level;
            bool arabic;
        };
        std::vector<Run> runs;
        for (size_t i = 0; i < text.size(); ++i) {
            const bool strongArabic = isArabicLetter(text[i]);
            const bool neutral = !strongArabic && !FRIBIDI_IS_LETTER(types[i]) && !FRIBIDI_IS_NUMBER(types[i]);
            if (!runs.empty() && runs.back().level == levels[i] && (neutral || runs.back().arabic == strongArabic)) {
                runs.back().end = i + 1;
                continue;
            }
            runs.push_back({i, i + 1, levels[i], strongArabic});
        }
        // UAX #9 rule L2: from the highest level down to the lowest odd one, reverse every maximal
        // sequence of runs at that level or above.
        int highest = 0, lowestOdd = 1000;
        for (const Run& r : runs) {
            highest = std::max(highest, static_cast<int>(r.level));
            if (r.level % 2) lowestOdd = std::min(lowestOdd, static_cast<int>(r.level));
        }
        for (int level = highest; level >= lowestOdd && level > 0; --level) {
            for (size_t i = 0; i < runs.size();) {
                if (runs[i].level < level) {
                    ++i;
                    continue;
                }
                size_t j = i;
                while (j < runs.size() && runs[j].level >= level) ++j;
                std::reverse(runs.begin() + static_cast<ptrdiff_t>(i), runs.begin() + static_cast<ptrdiff_t>(j));
                i = j;
            }
        }

        hb_buffer_t* buffer = hb_buffer_create();
        double pen = 0;
        for (const Run& r : runs) {
            const int file = (r.arabic ? 2 : 0) + (bold ? 1 : 0);
            SizedFont& f = font(file, r.arabic ? static_cast<int>(std::lround(px * kArabicScale)) : px);
            hb_buffer_reset(buffer);
            hb_buffer_add_utf32(buffer, reinterpret_cast<const uint32_t*>(text.data()), n, static_cast<unsigned>(r.begin),
                                static_cast<int>(r.end - r.begin));
            hb_buffer_set_direction(buffer, r.level % 2 ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
            hb_buffer_guess_segment_properties(buffer);
            hb_shape(f.font, buffer, nullptr, 0);
            unsigned count = 0;
            const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer, &count);
            const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer, &count);
            for (unsigned g = 0; g < count; ++g) {  // already in visual order, left to right
                out.push_back({&f, info[g].codepoint, pen + pos[g].x_offset / 64.0, -pos[g].y_offset / 64.0});
                pen += pos[g].x_advance / 64.0;
            }
        }
        hb_buffer_destroy(buffer);
        width = pen;
        return out;
    }
};

CaptionText::CaptionText() : m_impl(std::make_unique<Impl>()) {
    for (int file = 0; file < 4; ++file)
        if (!std::filesystem::exists(fontPath(file))) throw Error(fontPath(file), "font not found (install fonts-noto-core)");
    if (FT_Init_FreeType(&m_impl->library)) throw Error("FreeType", "cannot initialise");
}

CaptionText::~CaptionText() = default;

int CaptionText::measure(std::string_view utf8, int px, bool bold, bool rtl) {
    double width = 0;
    m_impl->layout(utf8, px, bold, rtl, width);
    return static_cast<int>(std::ceil(width));
}

void CaptionText::draw(Image& image, int x, int baselineY, std::string_view utf8, int px, bool bold, bool rtl, Rgba color) {
    double width = 0;
    const std::vector<PositionedGlyph> glyphs = m_impl->layout(utf8, px, bold, rtl, width);
    for (const PositionedGlyph& pg : glyphs) {
        const Glyph& g = m_impl->glyph(*pg.font, pg.glyph);
        const int gx = x + static_cast<int>(std::lround(pg.x)) + g.left;
        const int gy = baselineY + static_cast<int>(std::lround(pg.y)) - g.top;
        for (int r = 0; r < g.rows; ++r) {
            const int y = gy + r;
            if (y < 0 || y >= image.height) continue;
            for (int c = 0; c < g.width; ++c) {
                const int px2 = gx + c;
                if (px2 < 0 || px2 >= image.width) continue;
                const float a = g.coverage[static_cast<size_t>(r) * g.width + c] / 255.f * color.a;
                if (a <= 0) continue;
                uint8_t* p = &image.rgba[(static_cast<size_t>(y) * image.width + px2) * 4];
                const float src[4] = {color.r * a, color.g * a, color.b * a, a};
                for (int k = 0; k < 4; ++k) p[k] = static_cast<uint8_t>(std::lround(src[k] * 255.f + p[k] * (1.f - a)));
            }
        }
    }
}

std::vector<std::string> CaptionText::wrap(std::string_view utf8, int px, bool bold, bool rtl, int maxWidth) {
    std::vector<std::string> lines;
    std::string current;
    size_t i = 0;
    while (i < utf8.size()) {
        while (i < utf8.size() && utf8[i] == ' ') ++i;
        size_t j = i;
        while (j < utf8.size() && utf8[j] != ' ') ++j;
        if (j == i) break;
        const std::string word(utf8.substr(i, j - i));
        const std::string candidate = current.empty() ? word : current + " " + word;
        if (!current.empty() && measure(candidate, px, bold, rtl) > maxWidth) {
            lines.push_back(current);
            current = word;
        } else {
            current = candidate;
        }
        i = j;
    }
    if (!current.empty()) lines.push_back(current);
    return lines;
}

}  // namespace ta
