#include "frame_plan.hpp"

#include <algorithm>
#include <cmath>

namespace ta {

namespace {

double smoothstep(double t) {
    t = std::clamp(t, 0.0, 1.0);
    return t * t * (3 - 2 * t);
}

}  // namespace

int frameCountFor(double seconds, int fps) { return std::max(1, static_cast<int>(std::lround(seconds * fps))); }

double dayOfFrame(Day from, Day to, int i, int n) {
    if (n <= 1) return from.n;
    return from.n + static_cast<double>(to.n - from.n) * i / (n - 1);
}

FramePlan planRange(Day from, Day to, double seconds, int fps, const Camera& camera) {
    FramePlan plan;
    plan.width = static_cast<int>(std::lround(camera.widthPx * camera.pixelRatio));
    plan.height = static_cast<int>(std::lround(camera.heightPx * camera.pixelRatio));
    plan.fps = fps;
    const int n = frameCountFor(seconds, fps);
    plan.frames.resize(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        plan.frames[static_cast<size_t>(i)].day = dayOfFrame(from, to, i, n);
        plan.frames[static_cast<size_t>(i)].camera = camera;
    }
    return plan;
}

std::optional<BBox> tourStepView(const Tour& tour, size_t step, const Projection& projection) {
    for (size_t s = std::min(step + 1, tour.steps.size()); s-- > 0;)
        if (const auto& v = tour.steps[s].view) return projection.forward(v->west, v->south, v->east, v->north);
    return std::nullopt;
}

double tourStepDay(const TourStep& step, double progress) {
    return step.from.n + (step.to.n - step.from.n) * std::clamp(progress, 0.0, 1.0);
}

double tourFlight(double secondsIn) { return smoothstep(secondsIn / kFlySeconds); }

std::vector<uint32_t> tourStepPlaces(const TourStep& step, const corpus::Corpus& corpus) {
    std::vector<uint32_t> places;
    auto add = [&](const std::string& id) {
        if (const int p = corpus.placeIndex(id); p >= 0) places.push_back(static_cast<uint32_t>(p));
    };
    for (const std::string& id : step.places) add(id);
    if (const corpus::Event* e = step.event.empty() ? nullptr : corpus.findEvent(step.event))
        for (const std::string& id : e->places) add(id);
    std::sort(places.begin(), places.end());
    places.erase(std::unique(places.begin(), places.end()), places.end());
    return places;
}

std::string tourStepCaption(const TourStep& step, const corpus::Corpus* corpus, const std::string& lang) {
    const std::string& text = lang == "ar" ? step.captionAr : step.captionEn;
    if (!text.empty() || !corpus || step.event.empty()) return text;
    const corpus::Event* e = corpus->findEvent(step.event);
    return e ? (lang == "ar" ? e->titleAr : e->titleEn) : "";
}

FramePlan planTour(const Tour& tour, const corpus::Corpus* corpus, const Projection& projection, const Camera& homeCamera, int fps,
                   const std::string& lang) {
    FramePlan plan;
    plan.width = static_cast<int>(std::lround(homeCamera.widthPx * homeCamera.pixelRatio));
    plan.height = static_cast<int>(std::lround(homeCamera.heightPx * homeCamera.pixelRatio));
    plan.fps = fps;
    plan.title = lang == "ar" ? tour.titleAr : tour.titleEn;
    auto cameraOf = [&](size_t step) {
        const std::optional<BBox> box = tourStepView(tour, step, projection);
        if (!box) return homeCamera;
        Camera c = Camera::fit(*box, homeCamera.widthPx, homeCamera.heightPx, 0.0);
        c.pixelRatio = homeCamera.pixelRatio;
        return c;
    };
    double startSeconds = 0;
    for (size_t s = 0; s < tour.steps.size(); ++s) {
        const TourStep& step = tour.steps[s];
        // Frame boundaries come from the running total, so rounding never accumulates.
        const int first = static_cast<int>(std::lround(startSeconds * fps));
        startSeconds += step.durationSeconds;
        const int end = std::max(first + 1, static_cast<int>(std::lround(startSeconds * fps)));
        const int n = end - first;

        const Camera target = cameraOf(s);
        const Camera origin = s == 0 ? target : cameraOf(s - 1);
        FrameHighlights highlights;
        if (corpus) highlights.ringedPlaces = tourStepPlaces(step, *corpus);
        plan.captions.push_back(tourStepCaption(step, corpus, lang));
        const int caption = static_cast<int>(plan.captions.size()) - 1;

        for (int j = 0; j < n; ++j) {
            FrameSpec f;
            f.day = dayOfFrame(step.from, step.to, j, n);
            f.camera = interpolate(origin, target, tourFlight(static_cast<double>(j) / fps));
            f.highlights = highlights;
            f.caption = caption;
            plan.frames.push_back(std::move(f));
        }
    }
    return plan;
}

}  // namespace ta
