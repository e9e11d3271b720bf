#include "glyph_atlas.hpp"

#include "error.hpp"

#include <algorithm>
#include <cstring>
#include <string>

namespace ta::text {

namespace {
constexpr int kGap = 1;  // pixels between glyphs
}

GlyphAtlas::GlyphAtlas(int width, int height, int maxHeight)
    : m_width(width), m_height(height), m_maxHeight(maxHeight), m_pixels(static_cast<size_t>(width) * height, 0) {}

AtlasRect GlyphAtlas::add(int w, int h, const uint8_t* pixels, int pitch) {
    if (w <= 0 || h <= 0) return {};
    if (w + 2 * kGap > m_width) throw Error("glyph atlas", "glyph of " + std::to_string(w) + " px wider than the atlas");
    // The first shelf of a fitting height with room left; shelves at most 30% taller than the glyph
    // so that small glyphs do not waste tall rows.
    Shelf* shelf = nullptr;
    for (Shelf& s : m_shelves)
        if (s.height >= h && s.height * 10 <= h * 13 && s.x + w + kGap <= m_width) {
            shelf = &s;
            break;
        }
    if (!shelf) {
        while (m_nextShelfY + h + kGap > m_height) {
            if (m_height * 2 > m_maxHeight) throw Error("glyph atlas", "full (" + std::to_string(m_width) + "x" + std::to_string(m_height) + ")");
            m_height *= 2;
            m_pixels.resize(static_cast<size_t>(m_width) * m_height, 0);  // rows are appended: old rows stay put
        }
        m_shelves.push_back({m_nextShelfY, h, kGap});
        m_nextShelfY += h + kGap;
        shelf = &m_shelves.back();
    }
    const AtlasRect rect{shelf->x, shelf->y, w, h};
    shelf->x += w + kGap;
    for (int row = 0; row < h; ++row)
        std::memcpy(&m_pixels[static_cast<size_t>(rect.y + row) * m_width + rect.x], pixels + static_cast<ptrdiff_t>(row) * pitch,
                    static_cast<size_t>(w));
    ++m_version;
    return rect;
}

}  // namespace ta::text
