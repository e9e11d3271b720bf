#include "gif_palette.hpp"

#include <algorithm>

namespace ta {

namespace {

constexpr int kCells = 1 << 15;

int cellOf(const uint8_t* p) { return ((p[0] >> 3) << 10) | ((p[1] >> 3) << 5) | (p[2] >> 3); }
int channelOf(int cell, int c) { return (cell >> (10 - 5 * c)) & 31; }

struct Box {
    std::vector<int> cells;  // non-empty histogram cells
    uint64_t pixels = 0;
    int widestChannel = 0;
    int widestRange = 0;
};

void measure(Box& box) {
    box.widestRange = -1;
    for (int c = 0; c < 3; ++c) {
        int lo = 31, hi = 0;
        for (int cell : box.cells) {
            lo = std::min(lo, channelOf(cell, c));
            hi = std::max(hi, channelOf(cell, c));
        }
        if (hi - lo > box.widestRange) {
            box.widestRange = hi - lo;
            box.widestChannel = c;
        }
    }
}

}  // namespace

PalettedImage quantizeTo256(const Image& image) {
    PalettedImage out;
    out.width = image.width;
    out.height = image.height;
    const size_t n = static_cast<size_t>(image.width) * image.height;
    std::vector<uint64_t> count(kCells, 0);
    std::vector<std::array<uint64_t, 3>> sum(kCells, {0, 0, 0});
    for (size_t i = 0; i < n; ++i) {
        const uint8_t* p = &image.rgba[i * 4];
        const int cell = cellOf(p);
        ++count[cell];
        for (int c = 0; c < 3; ++c) sum[cell][c] += p[c];
    }

    std::vector<Box> boxes(1);
    for (int cell = 0; cell < kCells; ++cell)
        if (count[cell]) {
            boxes[0].cells.push_back(cell);
            boxes[0].pixels += count[cell];
        }
    measure(boxes[0]);
    // Split the box that covers most pixels over a spread of colours, at its weighted median.
    while (boxes.size() < 256) {
        int pick = -1;
        uint64_t best = 0;
        for (size_t b = 0; b < boxes.size(); ++b) {
            if (boxes[b].cells.size() < 2 || boxes[b].widestRange <= 0) continue;
            const uint64_t score = boxes[b].pixels * static_cast<uint64_t>(boxes[b].widestRange);
            if (score > best) {
                best = score;
                pick = static_cast<int>(b);
            }
        }
        if (pick < 0) break;
        Box& box = boxes[static_cast<size_t>(pick)];
        const int c = box.widestChannel;
        std::stable_sort(box.cells.begin(), box.cells.end(), [c](int a, int b) { return channelOf(a, c) < channelOf(b, c); });
        uint64_t acc = 0;
        size_t split = 1;
        for (size_t i = 0; i + 1 < box.cells.size(); ++i) {
            acc += count[box.cells[i]];
            split = i + 1;
            if (acc * 2 >= box.pixels) break;
        }
        Box upper;
        upper.cells.assign(box.cells.begin() + static_cast<std::ptrdiff_t>(split), box.cells.end());
        box.cells.resize(split);
        box.pixels = 0;
        for (int cell : box.cells) box.pixels += count[cell];
        for (int cell : upper.cells) upper.pixels += count[cell];
        measure(box);
        measure(upper);
        boxes.push_back(std::move(upper));
    }

    std::vector<uint8_t> lut(kCells, 0);
    for (size_t b = 0; b < boxes.size(); ++b) {
        uint64_t s[3] = {0, 0, 0};
        for (int cell : boxes[b].cells) {
            lut[cell] = static_cast<uint8_t>(b);
            for (int c = 0; c < 3; ++c) s[c] += sum[cell][c];
        }
        const uint64_t px = std::max<uint64_t>(boxes[b].pixels, 1);
        const uint32_t r = static_cast<uint32_t>((s[0] + px / 2) / px), g = static_cast<uint32_t>((s[1] + px / 2) / px),
                       bl = static_cast<uint32_t>((s[2] + px / 2) / px);
        out.palette[b] = 0xFF000000u | (r << 16) | (g << 8) | bl;
    }
    out.colors = static_cast<int>(boxes.size());
    out.indices.resize(n);
    for (size_t i = 0; i < n; ++i) out.indices[i] = lut[cellOf(&image.rgba[i * 4])];
    return out;
}

}  // namespace ta
