#pragma once
// Colour quantisation for GIF (256 colours at most): median cut over a 15-bit colour histogram,
// then every pixel takes its histogram cell's colour. Deterministic, no dithering: the map is made
// of flat colours, and dither noise would only make the file larger and the edges busier.

#include "image.hpp"

#include <array>
#include <cstdint>
#include <vector>

namespace ta {

struct PalettedImage {
    int width = 0, height = 0;
    std::vector<uint8_t> indices;            // width * height, rows top-down
    std::array<uint32_t, 256> palette = {};  // 0xAARRGGBB, as libavcodec's PAL8 wants
    int colors = 0;                          // entries used
};

/// `image` in straight or premultiplied alpha over an opaque background (alpha is ignored).
PalettedImage quantizeTo256(const Image& image);

}  // namespace ta
