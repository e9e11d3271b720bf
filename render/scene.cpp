#include "scene.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace ta {

Rgba rgbaFromHex(const char* hex) {
    unsigned r = 0, g = 0, b = 0, a = 255;
    const size_t n = std::strlen(hex);
    if (n == 7 && std::sscanf(hex, "#%02x%02x%02x", &r, &g, &b) == 3) return {r / 255.f, g / 255.f, b / 255.f, 1};
    if (n == 9 && std::sscanf(hex, "#%02x%02x%02x%02x", &r, &g, &b, &a) == 4) return {r / 255.f, g / 255.f, b / 255.f, a / 255.f};
    return {};
}

Rgba mix(Rgba a, Rgba b, float t) {
    return {a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t, a.a + (b.a - a.a) * t};
}

uint32_t packRgba8(Rgba c) {
    auto byte = [](float v) { return static_cast<uint32_t>(std::clamp(v, 0.f, 1.f) * 255.f + 0.5f); };
    return byte(c.r) | byte(c.g) << 8 | byte(c.b) << 16 | byte(c.a) << 24;
}

}  // namespace ta
