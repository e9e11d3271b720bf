#include "font_set.hpp"

#include "error.hpp"
#include "font_paths.hpp"
#include "glyph_atlas.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_MODULE_H
#include <hb.h>

#include <string>

namespace ta::text {

namespace {

struct FtLibraryDeleter {
    void operator()(FT_Library lib) const { FT_Done_FreeType(lib); }
};
struct FtFaceDeleter {
    void operator()(FT_Face face) const { FT_Done_Face(face); }
};
struct HbFontDeleter {
    void operator()(hb_font_t* font) const { hb_font_destroy(font); }
};
using FtLibraryPtr = std::unique_ptr<FT_LibraryRec_, FtLibraryDeleter>;
using FtFacePtr = std::unique_ptr<FT_FaceRec_, FtFaceDeleter>;
using HbFontPtr = std::unique_ptr<hb_font_t, HbFontDeleter>;

struct LoadedFont {
    FtFacePtr face;
    HbFontPtr shaper;
    int unitsPerEm = 1000;
};

}  // namespace

struct FontSet::Impl {
    FtLibraryPtr library;
    std::vector<LoadedFont> fonts;
};

FontFiles FontFiles::noto() {
    return {fontFile("NotoSans-Regular.ttf"), fontFile("NotoSansArabic-Regular.ttf")};
}

FontSet::FontSet(const FontFiles& files) : m_impl(std::make_unique<Impl>()) {
    FT_Library lib = nullptr;
    if (FT_Init_FreeType(&lib) != 0) throw Error("FreeType", "cannot initialise the library");
    m_impl->library.reset(lib);
    // The SDF spread must cover the widest halo drawn at the smallest label size (see glyph_atlas.hpp).
    FT_Int spread = static_cast<FT_Int>(kSdfSpreadPx);
    FT_Property_Set(lib, "sdf", "spread", &spread);

    for (const std::filesystem::path& path : {files.latin, files.arabic}) {
        std::error_code ec;
        if (!std::filesystem::exists(path, ec)) throw Error(path.string(), "font not found (install fonts-noto-core)");
        FT_Face face = nullptr;
        if (FT_New_Face(lib, path.c_str(), 0, &face) != 0) throw Error(path.string(), "cannot read the font (FreeType)");
        LoadedFont font;
        font.face.reset(face);
        if (FT_Set_Pixel_Sizes(face, 0, static_cast<FT_UInt>(kSdfBasePx)) != 0) throw Error(path.string(), "font cannot be scaled");
        font.unitsPerEm = face->units_per_EM > 0 ? face->units_per_EM : 1000;
        // HarfBuzz reads the file itself and works in font units, so shaping is independent of any
        // pixel size and of FreeType's hinting.
        hb_blob_t* blob = hb_blob_create_from_file_or_fail(path.c_str());
        if (!blob) throw Error(path.string(), "cannot read the font (HarfBuzz)");
        hb_face_t* hbFace = hb_face_create(blob, 0);
        hb_blob_destroy(blob);
        font.shaper.reset(hb_font_create(hbFace));
        hb_face_destroy(hbFace);
        hb_font_set_scale(font.shaper.get(), font.unitsPerEm, font.unitsPerEm);
        m_impl->fonts.push_back(std::move(font));
    }
}

FontSet::~FontSet() {
    // Faces before the library that owns them.
    if (m_impl) m_impl->fonts.clear();
}

size_t FontSet::size() const { return m_impl->fonts.size(); }
FT_Face FontSet::face(uint8_t font) const { return m_impl->fonts.at(font).face.get(); }
hb_font_t* FontSet::shaper(uint8_t font) const { return m_impl->fonts.at(font).shaper.get(); }
int FontSet::unitsPerEm(uint8_t font) const { return m_impl->fonts.at(font).unitsPerEm; }
bool FontSet::covers(uint8_t font, char32_t c) const { return FT_Get_Char_Index(face(font), c) != 0; }
FT_Library FontSet::library() const { return m_impl->library.get(); }

}  // namespace ta::text
