#pragma once
// An animated fly-to: the camera eases from where it was to a target over a fixed time. Advanced
// by the frame's time step, so tests drive it frame by frame.

#include "camera.hpp"

namespace ta {

struct CameraFlight {
    static constexpr double kDurationS = 0.8;

    Camera from, to;
    double elapsedS = 0;
    bool active = false;

    void start(const Camera& current, const Camera& target);
    /// Advances by `dtS` and returns the camera for this frame; ends the flight at its target.
    Camera step(double dtS);
    void cancel() { active = false; }
};

}  // namespace ta
