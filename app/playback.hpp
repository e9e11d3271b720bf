#pragma once
// The timeline's clock: the current date, its range, and play/pause at a speed in days per second.
// Plain state plus pure steps, so tests can drive it without a window.

#include "date.hpp"

namespace ta {

struct Playback {
    Day rangeStart = dayFromCivil(2011, 1, 1);
    Day rangeEnd = dayFromCivil(2019, 1, 1);
    double day = dayFromCivil(2013, 1, 1).n;  // fractional, for smooth animation while playing
    bool playing = false;
    double daysPerSecond = 60;                 // 1..365
    bool loop = false;

    Day current() const { return Day{static_cast<int32_t>(day)}; }
    void setDay(Day d);                        // clamped to the range
    /// Advances by `seconds` of wall time when playing; stops (or loops) at the end of the range.
    void advance(double seconds);
    void togglePlay();
};

}  // namespace ta
