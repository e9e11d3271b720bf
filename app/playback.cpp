#include "playback.hpp"

#include <algorithm>

namespace ta {

void Playback::setDay(Day d) { day = std::clamp<double>(d.n, rangeStart.n, rangeEnd.n); }

void Playback::advance(double seconds) {
    if (!playing) return;
    day += seconds * std::clamp(daysPerSecond, 1.0, 365.0);
    if (day >= rangeEnd.n) {
        if (loop) {
            day = rangeStart.n;
        } else {
            day = rangeEnd.n;
            playing = false;
        }
    }
}

void Playback::togglePlay() {
    if (!playing && day >= rangeEnd.n) day = rangeStart.n;  // play again from the start
    playing = !playing;
}

}  // namespace ta
