#include "explore/map_emphasis.hpp"

#include <algorithm>

namespace ta::explore {

std::vector<PlaceEmphasis> composePlaceEmphasis(size_t placeCount, const MapEmphasisInputs& in) {
    const bool anyFailing = std::any_of(in.passing.begin(), in.passing.end(), [](uint8_t v) { return v == 0; });
    if (!anyFailing && !in.marking) return {};
    std::vector<PlaceEmphasis> out(placeCount, PlaceEmphasis::Normal);
    for (size_t p = 0; p < placeCount; ++p) {
        const bool passes = p >= in.passing.size() || in.passing[p] != 0;
        if (!passes) {
            out[p] = in.dimFiltered ? PlaceEmphasis::Dimmed : PlaceEmphasis::Hidden;
        } else if (in.marking) {
            out[p] = p < in.marked.size() && in.marked[p] ? PlaceEmphasis::Marked : PlaceEmphasis::Dimmed;
        }
    }
    return out;
}

}  // namespace ta::explore
