#pragma once
// Glyphs as signed distance fields in one 8-bit texture image. A distance field rasterised once
// at kSdfBasePx draws crisp edges at any size and export scale, and the halo is the same field
// read at a lower threshold, so halos cost nothing extra. Plain CPU data: the renderer uploads
// the image when its version changes.

#include <cstdint>
#include <vector>

namespace ta::text {

/// The size glyphs are rasterised at, and how far (in those pixels) the distance field reaches
/// beyond the outline. 0.5 (128) in the texture is the outline; the field falls to 0 at
/// kSdfSpreadPx outside. The widest halo at the smallest label must fit inside the spread.
inline constexpr float kSdfBasePx = 32;
inline constexpr float kSdfSpreadPx = 8;

struct AtlasRect {
    int x = 0, y = 0, w = 0, h = 0;
    friend bool operator==(const AtlasRect&, const AtlasRect&) = default;
};

/// Where a glyph's field lies in the atlas and where it sits relative to the pen, in base pixels.
struct AtlasGlyph {
    AtlasRect rect;      // w == 0: nothing to draw (a space)
    float left = 0;      // from the pen to the bitmap's left edge
    float top = 0;       // from the baseline up to the bitmap's top edge
};

class GlyphAtlas {
public:
    /// `width` is fixed; the height doubles as glyphs arrive, up to `maxHeight`.
    explicit GlyphAtlas(int width = 1024, int height = 256, int maxHeight = 4096);

    /// Copies a w x h 8-bit bitmap (rows `pitch` bytes apart) into free space: shelves of rows,
    /// one pixel apart so that linear filtering never bleeds between glyphs. Throws ta::Error
    /// when the atlas is full.
    AtlasRect add(int w, int h, const uint8_t* pixels, int pitch);

    int width() const { return m_width; }
    int height() const { return m_height; }
    const std::vector<uint8_t>& pixels() const { return m_pixels; }
    /// Changes whenever pixels change, so the GPU copy can be refreshed only then.
    uint32_t version() const { return m_version; }

private:
    struct Shelf {
        int y = 0, height = 0, x = 0;
    };
    int m_width, m_height, m_maxHeight;
    std::vector<uint8_t> m_pixels;
    std::vector<Shelf> m_shelves;
    int m_nextShelfY = 1;
    uint32_t m_version = 1;
};

}  // namespace ta::text
