#include "style.hpp"

#include <algorithm>
#include <cmath>

namespace ta {

float Style::placeRadiusFor(double peopleMoved) const {
    if (!(peopleMoved > 0)) return placeRadiusPx;
    return std::min(placeRadiusPx + 1.1f * std::sqrt(static_cast<float>(peopleMoved) / 100.f), placeRadiusPx * 4.f);
}

Rgba Style::statusColor(std::string_view status) const {
    if (status == "truce") return rgbaFromHex("#e69f00");         // orange
    if (status == "deescalation") return rgbaFromHex("#56b4e9");  // sky blue
    if (status == "settled") return rgbaFromHex("#cc79a7");       // reddish purple
    if (status == "evacuated") return rgbaFromHex("#0072b2");     // blue
    if (status == "collapsed") return rgbaFromHex("#d55e00");     // vermillion
    return rgbaFromHex("#8c8c8c");                                 // none / unknown: grey
}

Rgba Style::categoryColor(int index) const {
    if (index < 0) return userEmptyCategory;
    return categorical[static_cast<size_t>(index) % categorical.size()];
}

}  // namespace ta
