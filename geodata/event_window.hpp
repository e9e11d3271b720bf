#pragma once
// Which events of a time-sorted layer fall in the visible window [day - windowDays, day]: two binary
// searches, so a frame finds its range among a million events in microseconds and draws it with
// one glDrawArrays(first, count), never re-sending the points.

#include <cstddef>
#include <span>

namespace ta {

struct IndexRange {
    size_t first = 0, count = 0;
    friend bool operator==(const IndexRange&, const IndexRange&) = default;
};

/// `sortedDays` ascending (fractional days since 1970-01-01). Both ends of the window are included;
/// a negative or NaN window, or a NaN day, gives an empty range.
IndexRange eventWindow(std::span<const float> sortedDays, double day, double windowDays);

}  // namespace ta
