#include "camera_flight.hpp"

#include <algorithm>

namespace ta {

void CameraFlight::start(const Camera& current, const Camera& target) {
    from = current;
    to = target;
    elapsedS = 0;
    active = true;
}

Camera CameraFlight::step(double dtS) {
    elapsedS += std::max(dtS, 0.0);
    const double t = std::clamp(elapsedS / kDurationS, 0.0, 1.0);
    if (t >= 1) active = false;
    const double eased = t * t * (3 - 2 * t);  // smoothstep: starts and lands softly
    return interpolate(from, to, eased);
}

}  // namespace ta
