#pragma once
// An RGBA8 image in memory, rows top to bottom, and PNG reading/writing (libpng). Writes are
// atomic: a PNG on disk is either the old one or the complete new one.

#include <cstdint>
#include <filesystem>
#include <vector>

namespace ta {

struct Image {
    int width = 0, height = 0;
    std::vector<uint8_t> rgba;  // width * height * 4, premultiplied alpha unless stated otherwise
    bool empty() const { return width == 0 || height == 0; }
    const uint8_t* pixel(int x, int y) const { return &rgba[(static_cast<size_t>(y) * width + x) * 4]; }
};

/// Reverses the order of the rows in place: OpenGL reads bottom-up, images are top-down.
void flipRows(Image& image);

/// Converts premultiplied RGBA to straight alpha (what PNG stores) in place.
void unpremultiply(Image& image);

/// Throws ta::Error naming the file.
void writePng(const std::filesystem::path& path, const Image& image);
Image readPng(const std::filesystem::path& path);

}  // namespace ta
