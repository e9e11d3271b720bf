#include "frame_plan.hpp"

#include <algorithm>
#include <cmath>

namespace ta {

namespace {

double smoothstep(double t) {
    t = std::clamp(t, 0.0, 1.0);
    return t * t * (3 - 2 * t);
}

Camera cameraForView(const ViewBox& v, const Projection& projection, const Camera& home) {
    Camera c = Camera::fit(projection.forward(v.west, v.south, v.east, v.north), home.widthPx, home.heightPx, 0.0);
    c.pixelRatio = home.pixelRatio;
    return c;
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

FramePlan planTour(const Tour& tour, const corpus::Corpus* corpus, const Projection& projection, const Camera& homeCamera, int fps,
                   const std::string& lang) {
    FramePlan plan;
    plan.width = static_cast<int>(std::lround(homeCamera.widthPx * homeCamera.pixelRatio));
    plan.height = static_cast<int>(std::lround(homeCamera.heightPx * homeCamera.pixelRatio));
    plan.fps = fps;
    plan.title = lang == "ar" ? tour.titleAr : tour.titleEn;
    Camera previous = homeCamera;
    double startSeconds = 0;
    for (size_t s = 0; s < tour.steps.size(); ++s) {
        const TourStep& step = tour.steps[s];
        // Frame boundaries come from the running total, so rounding never accumulates.
        const int first = static_cast<int>(std::lround(startSeconds * fps));
        startSeconds += step.durationSeconds;
        const int end = std::max(first + 1, static_cast<int>(std::lround(startSeconds * fps)));
        const int n = end - first;

        const Camera target = step.view ? cameraForView(*step.view, projection, homeCamera) : previous;
        const Camera origin = s == 0 ? target : previous;
        const int flyFrames = std::min(n, std::max(1, static_cast<int>(std::lround(kFlySeconds * fps))));

        FrameHighlights highlights;
        std::string eventTitle;
        if (corpus) {
            for (const std::string& id : step.places)
                if (const int p = corpus->placeIndex(id); p >= 0) highlights.ringedPlaces.push_back(static_cast<uint32_t>(p));
            if (const corpus::Event* e = step.event.empty() ? nullptr : corpus->findEvent(step.event)) {
                for (const std::string& id : e->places)
                    if (const int p = corpus->placeIndex(id); p >= 0) highlights.ringedPlaces.push_back(static_cast<uint32_t>(p));
                eventTitle = lang == "ar" ? e->titleAr : e->titleEn;
            }
            std::sort(highlights.ringedPlaces.begin(), highlights.ringedPlaces.end());
            highlights.ringedPlaces.erase(std::unique(highlights.ringedPlaces.begin(), highlights.ringedPlaces.end()),
                                          highlights.ringedPlaces.end());
        }
        const std::string& text = lang == "ar" ? step.captionAr : step.captionEn;
        plan.captions.push_back(text.empty() ? eventTitle : text);
        const int caption = static_cast<int>(plan.captions.size()) - 1;

        for (int j = 0; j < n; ++j) {
            FrameSpec f;
            f.day = dayOfFrame(step.from, step.to, j, n);
            f.camera = j < flyFrames ? interpolate(origin, target, smoothstep(flyFrames > 1 ? static_cast<double>(j) / (flyFrames - 1) : 1.0))
                                     : target;
            f.highlights = highlights;
            f.caption = caption;
            plan.frames.push_back(std::move(f));
        }
        previous = target;
    }
    return plan;
}

}  // namespace ta
