#pragma once
// The map's look in one place: colours, widths and sizes. Status colours follow the Okabe-Ito
// palette, which stays distinguishable with the common forms of colour blindness.

#include "scene.hpp"

#include <string_view>

namespace ta {

struct Style {
    Rgba sea = rgbaFromHex("#cad9e2");
    Rgba neighbourFill = rgbaFromHex("#e9e6df");
    Rgba neighbourOutline = rgbaFromHex("#b7b1a5");
    Rgba syriaFill = rgbaFromHex("#fbf8f1");
    Rgba boundaryFillA = rgbaFromHex("#f7f2e6");
    Rgba boundaryFillB = rgbaFromHex("#f1ecdf");
    Rgba boundaryOutline = rgbaFromHex("#a99f8c");
    Rgba syriaOutline = rgbaFromHex("#4f473b");
    Rgba hoverFill = rgbaFromHex("#ffe7a3");
    Rgba selectedOutline = rgbaFromHex("#1d1d1b");
    float neighbourOutlinePx = 0.8f;
    float boundaryOutlinePx = 0.9f;
    float syriaOutlinePx = 1.8f;
    float placeRadiusPx = 4.5f;
    float placeStrokePx = 1.2f;
    Rgba placeStroke = rgbaFromHex("#ffffff");

    /// Colour of a place status id from taxonomy.toml ("none", "truce", ...); grey for unknown ids.
    Rgba statusColor(std::string_view status) const;
};

}  // namespace ta
