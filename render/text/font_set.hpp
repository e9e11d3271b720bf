#pragma once
// The fonts labels are drawn with: Noto Sans for Latin and Noto Sans Arabic for Arabic script
// (fonts-noto-core). Owns FreeType faces (for glyph outlines) and HarfBuzz fonts (for shaping) as
// RAII handles. Internal to render/text: other modules use TextEngine.

#include <filesystem>
#include <memory>
#include <vector>

typedef struct FT_LibraryRec_* FT_Library;
typedef struct FT_FaceRec_* FT_Face;
typedef struct hb_font_t hb_font_t;

namespace ta::text {

struct FontFiles {
    std::filesystem::path latin;
    std::filesystem::path arabic;
    /// The Debian paths of Noto Sans and Noto Sans Arabic.
    static FontFiles noto();
};

/// Index of each font in a FontSet (ShapedGlyph::font).
enum FontIndex : uint8_t { kLatinFont = 0, kArabicFont = 1 };

class FontSet {
public:
    /// Throws ta::Error naming the font file when one is missing or unreadable.
    explicit FontSet(const FontFiles& files);
    ~FontSet();
    FontSet(const FontSet&) = delete;
    FontSet& operator=(const FontSet&) = delete;

    size_t size() const;
    FT_Face face(uint8_t font) const;        // sized to the SDF base size
    hb_font_t* shaper(uint8_t font) const;   // scaled to font units (upem)
    int unitsPerEm(uint8_t font) const;
    bool covers(uint8_t font, char32_t c) const;
    FT_Library library() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace ta::text
