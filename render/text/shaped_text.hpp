#pragma once
// A line of text after bidi and shaping: glyphs in visual order with their pen positions, in em
// units (multiply by the size in pixels), so one shaping serves every size and export scale.

#include <cstdint>
#include <vector>

namespace ta::text {

struct ShapedGlyph {
    uint8_t font = 0;      // index into the FontSet
    uint32_t glyph = 0;    // glyph id in that font
    float x = 0, y = 0;    // pen position of the glyph's origin, em; x right from the line start, y up
    friend bool operator==(const ShapedGlyph&, const ShapedGlyph&) = default;
};

struct ShapedText {
    std::vector<ShapedGlyph> glyphs;  // visual order, left to right
    float advance = 0;                // width of the line, em
    float inkTop = 0;                 // highest ink above the baseline, em (y up)
    float inkBottom = 0;              // lowest ink, em (negative below the baseline)
    bool rtl = false;                 // paragraph direction (Arabic labels)
};

}  // namespace ta::text
