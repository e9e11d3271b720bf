#pragma once
// The timeline's clock: the current date, its range, and play/pause at a speed in days per second,
// optionally looping over a chosen range. Plain state plus pure steps, so tests can drive it
// without a window.

#include "date.hpp"

namespace ta {

struct Playback {
    static constexpr double kMinDaysPerSecond = 1, kMaxDaysPerSecond = 365;

    Day rangeStart = dayFromCivil(2011, 1, 1);
    Day rangeEnd = dayFromCivil(2019, 1, 1);
    double day = dayFromCivil(2013, 1, 1).n;  // fractional, for smooth animation while playing
    bool playing = false;
    double daysPerSecond = 60;                 // kMinDaysPerSecond..kMaxDaysPerSecond
    bool loop = false;                         // play [loopStart, loopEnd] over and over
    Day loopStart = dayFromCivil(2016, 1, 1);
    Day loopEnd = dayFromCivil(2017, 1, 1);

    Day current() const { return Day{static_cast<int32_t>(day)}; }
    void setDay(Day d);                        // clamped to the range
    /// Sets the loop range (any order; clamped to the range, at least one day long).
    void setLoopRange(Day a, Day b);
    /// Advances by `seconds` of wall time when playing; stops at the end of the range, or goes back
    /// to the loop's start when looping.
    void advance(double seconds);
    void togglePlay();
};

}  // namespace ta
