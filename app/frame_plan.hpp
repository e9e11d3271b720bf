#pragma once
// What every frame of a recording shows, decided before any is drawn: its (fractional) day, its
// camera, its highlights and its caption. A pure function of the request, so a recording is
// frame-exact: frame i is the same picture on every run, however fast the machine.

#include "camera.hpp"
#include "cli_args.hpp"
#include "date.hpp"
#include "headless_map.hpp"
#include "model.hpp"
#include "projection.hpp"
#include "tour.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ta {

struct FrameSpec {
    double day = 0;              // fractional: status transitions animate between whole days
    Camera camera;
    FrameHighlights highlights;
    int caption = -1;            // index into FramePlan::captions; -1: the current event's title
};

struct FramePlan {
    int width = 0, height = 0, fps = 30;
    std::vector<FrameSpec> frames;
    std::vector<std::string> captions;  // in the recording's language
    std::string title;                  // the tour's, or empty
    double durationSeconds() const { return fps > 0 ? static_cast<double>(frames.size()) / fps : 0; }
};

/// round(seconds * fps) frames, at least one.
int frameCountFor(double seconds, int fps);

/// The day of frame i of n over [from, to]: from + (to - from) * i / (n - 1); `from` when n is 1.
double dayOfFrame(Day from, Day to, int i, int n);

/// A date range at a fixed view: the plain recording.
FramePlan planRange(Day from, Day to, double seconds, int fps, const Camera& camera);

/// A tour: steps in order, each animating its dates over its duration; the camera flies from the
/// previous step's view to the step's own during its first part. `homeCamera` shows all of Syria
/// at the output size; `lang` picks the captions.
FramePlan planTour(const Tour& tour, const corpus::Corpus* corpus, const Projection& projection, const Camera& homeCamera, int fps,
                   const std::string& lang);

/// Seconds a tour step spends flying to its view (or its whole duration, if shorter).
inline constexpr double kFlySeconds = 1.5;

// The parts of a tour step that the recording (frame by frame) and the window's player (in real
// time) share, so that a recorded tour shows what the player shows.

/// The view a step shows, in map metres: its own, else the latest earlier step's; nullopt means
/// all of Syria.
std::optional<BBox> tourStepView(const Tour& tour, size_t step, const Projection& projection);
/// The day `progress` (0..1) of the way through a step.
double tourStepDay(const TourStep& step, double progress);
/// How far the camera has flown into a step (0..1, eased), `secondsIn` after the step began.
double tourFlight(double secondsIn);
/// The places a step rings: its own and its event's, sorted, each once.
std::vector<uint32_t> tourStepPlaces(const TourStep& step, const corpus::Corpus& corpus);
/// The step's caption in `lang`, or its event's title when it has none.
std::string tourStepCaption(const TourStep& step, const corpus::Corpus* corpus, const std::string& lang);

}  // namespace ta
