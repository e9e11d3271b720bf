#include "playback.hpp"

#include <algorithm>

namespace ta {

void Playback::setDay(Day d) { day = std::clamp<double>(d.n, rangeStart.n, rangeEnd.n); }

void Playback::setLoopRange(Day a, Day b) {
    if (b < a) std::swap(a, b);
    loopStart = std::clamp(a, rangeStart, rangeEnd);
    loopEnd = std::clamp(b, rangeStart, rangeEnd);
    if (loopEnd <= loopStart) loopEnd = std::min(loopStart + 1, rangeEnd), loopStart = loopEnd - 1;
}

void Playback::advance(double seconds) {
    if (!playing) return;
    day += seconds * std::clamp(daysPerSecond, kMinDaysPerSecond, kMaxDaysPerSecond);
    if (loop) {
        if (day > loopEnd.n || day < loopStart.n) day = loopStart.n;
        return;
    }
    if (day >= rangeEnd.n) {
        day = rangeEnd.n;
        playing = false;
    }
}

void Playback::togglePlay() {
    if (!playing) {
        if (loop && (day < loopStart.n || day >= loopEnd.n)) day = loopStart.n;
        else if (!loop && day >= rangeEnd.n) day = rangeStart.n;  // play again from the start
    }
    playing = !playing;
}

}  // namespace ta
