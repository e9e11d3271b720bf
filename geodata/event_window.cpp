#include "event_window.hpp"

#include <algorithm>
#include <cmath>

namespace ta {

IndexRange eventWindow(std::span<const float> sortedDays, double day, double windowDays) {
    if (!(windowDays >= 0) || std::isnan(day)) return {};
    // Compared in double: the float times are exact there, and the bounds are not rounded.
    const double from = day - windowDays;
    const auto begin = std::lower_bound(sortedDays.begin(), sortedDays.end(), from,
                                        [](float t, double bound) { return static_cast<double>(t) < bound; });
    const auto end = std::upper_bound(begin, sortedDays.end(), day,
                                      [](double bound, float t) { return bound < static_cast<double>(t); });
    return {static_cast<size_t>(begin - sortedDays.begin()), static_cast<size_t>(end - begin)};
}

}  // namespace ta
