#include "image.hpp"

#include "atomic_file.hpp"
#include "error.hpp"

#include <png.h>

#include <cstring>
#include <string_view>
#include <vector>

namespace ta {

void flipRows(Image& image) {
    const size_t row = static_cast<size_t>(image.width) * 4;
    std::vector<uint8_t> tmp(row);
    for (int y = 0; y < image.height / 2; ++y) {
        uint8_t* a = &image.rgba[static_cast<size_t>(y) * row];
        uint8_t* b = &image.rgba[static_cast<size_t>(image.height - 1 - y) * row];
        std::memcpy(tmp.data(), a, row);
        std::memcpy(a, b, row);
        std::memcpy(b, tmp.data(), row);
    }
}

void unpremultiply(Image& image) {
    for (size_t i = 0; i + 3 < image.rgba.size(); i += 4) {
        const unsigned a = image.rgba[i + 3];
        if (a == 0 || a == 255) continue;
        for (int c = 0; c < 3; ++c) image.rgba[i + c] = static_cast<uint8_t>(std::min(255u, (image.rgba[i + c] * 255u + a / 2) / a));
    }
}

void writePng(const std::filesystem::path& path, const Image& image) {
    if (image.empty()) throw Error(path.string(), "empty image");
    png_image png;
    std::memset(&png, 0, sizeof png);
    png.version = PNG_IMAGE_VERSION;
    png.width = static_cast<png_uint_32>(image.width);
    png.height = static_cast<png_uint_32>(image.height);
    png.format = PNG_FORMAT_RGBA;
    png_alloc_size_t size = 0;
    if (!png_image_write_to_memory(&png, nullptr, &size, 0, image.rgba.data(), 0, nullptr))
        throw Error(path.string(), std::string("cannot encode PNG: ") + png.message);
    std::vector<uint8_t> bytes(size);
    if (!png_image_write_to_memory(&png, bytes.data(), &size, 0, image.rgba.data(), 0, nullptr))
        throw Error(path.string(), std::string("cannot encode PNG: ") + png.message);
    writeFileAtomically(path, std::string_view(reinterpret_cast<const char*>(bytes.data()), size));
}

Image readPng(const std::filesystem::path& path) {
    png_image png;
    std::memset(&png, 0, sizeof png);
    png.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_file(&png, path.c_str()))
        throw Error(path.string(), std::string("cannot read PNG: ") + png.message);
    png.format = PNG_FORMAT_RGBA;
    Image image;
    image.width = static_cast<int>(png.width);
    image.height = static_cast<int>(png.height);
    image.rgba.resize(PNG_IMAGE_SIZE(png));
    if (!png_image_finish_read(&png, nullptr, image.rgba.data(), 0, nullptr)) {
        png_image_free(&png);
        throw Error(path.string(), std::string("cannot decode PNG: ") + png.message);
    }
    return image;
}

}  // namespace ta
