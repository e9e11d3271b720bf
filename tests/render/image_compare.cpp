#include "image_compare.hpp"

#include <algorithm>

namespace ta::test {

namespace {

// Blend straight-alpha RGBA over white, then the squared YIQ distance (Kotsarenko & Ramos 2010).
double yiqDistance(const uint8_t* a, const uint8_t* b) {
    auto blend = [](const uint8_t* p, int c) { return 255 + (p[c] - 255) * (p[3] / 255.0); };
    const double r1 = blend(a, 0), g1 = blend(a, 1), b1 = blend(a, 2);
    const double r2 = blend(b, 0), g2 = blend(b, 1), b2 = blend(b, 2);
    const double y = (r1 - r2) * 0.29889531 + (g1 - g2) * 0.58662247 + (b1 - b2) * 0.11448223;
    const double i = (r1 - r2) * 0.59597799 - (g1 - g2) * 0.27417610 - (b1 - b2) * 0.32180189;
    const double q = (r1 - r2) * 0.21147017 - (g1 - g2) * 0.52261711 + (b1 - b2) * 0.31114694;
    return 0.5053 * y * y + 0.299 * i * i + 0.1957 * q * q;
}

constexpr double kMaxYiqDistance = 35215.0;

}  // namespace

Comparison compareImages(const Image& actual, const Image& expected, double threshold) {
    Comparison out;
    if (actual.width != expected.width || actual.height != expected.height) {
        out.sizeMismatch = true;
        out.fraction = 1;
        return out;
    }
    out.diff = expected;
    const double limit = kMaxYiqDistance * threshold * threshold;
    const size_t n = static_cast<size_t>(actual.width) * actual.height;
    for (size_t p = 0; p < n; ++p) {
        const uint8_t* a = &actual.rgba[p * 4];
        const uint8_t* e = &expected.rgba[p * 4];
        uint8_t* d = &out.diff.rgba[p * 4];
        if (yiqDistance(a, e) > limit) {
            ++out.differing;
            d[0] = 255, d[1] = 0, d[2] = 0, d[3] = 255;
        } else {
            for (int c = 0; c < 3; ++c) d[c] = static_cast<uint8_t>(255 - (255 - e[c]) / 5);  // faded context
            d[3] = 255;
        }
    }
    out.fraction = n ? static_cast<double>(out.differing) / static_cast<double>(n) : 0;
    return out;
}

}  // namespace ta::test
