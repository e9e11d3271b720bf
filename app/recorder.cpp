#include "recorder.hpp"

#include "bounded_queue.hpp"
#include "caption_image.hpp"
#include "error.hpp"
#include "frame_sink.hpp"
#include "headless_map.hpp"
#include "image_quad.hpp"
#include "video_frame_target.hpp"

#include <chrono>
#include <cmath>
#include <exception>
#include <thread>

namespace ta {

namespace {

// Frames in flight between the threads: enough to ride out a slow frame on either side, few
// enough that 4K RGBA frames stay within memory (6 x 33 MB).
constexpr size_t kFramesInFlight = 6;

Caption captionFor(const FrameSpec& spec, const FramePlan& plan, const HeadlessMap& map, const std::string& lang) {
    Caption c;
    c.rtl = lang == "ar";
    c.heading = formatCaptionDate(Day{static_cast<int32_t>(std::floor(spec.day))}, lang);
    if (spec.caption >= 0) {
        c.body = plan.captions[static_cast<size_t>(spec.caption)];
    } else if (const corpus::Corpus* corpus = map.corpus(); corpus && map.timeline().currentEvent >= 0) {
        const corpus::Event& e = corpus->events()[static_cast<size_t>(map.timeline().currentEvent)];
        c.body = lang == "ar" ? e.titleAr : e.titleEn;
    }
    return c;
}

}  // namespace

RecordResult record(const RecordRequest& req, const std::atomic<bool>& cancel, const std::function<void(const RecordProgress&)>& onProgress,
                    std::ostream& warnings) {
    HeadlessMap map(req.map, warnings);
    return record(map, req, cancel, onProgress, warnings);
}

RecordResult record(HeadlessMap& map, const RecordRequest& req, const std::atomic<bool>& cancel,
                    const std::function<void(const RecordProgress&)>& onProgress, std::ostream& /*warnings*/) {
    const auto start = std::chrono::steady_clock::now();
    const Camera home = map.cameraFor(req.tour ? std::nullopt : req.map.view, req.width, req.height);
    FramePlan plan;
    if (req.tour) {
        // A tour that names places or events the corpus lacks, or leaves the timeline, would record
        // something other than what its author meant: refuse it before the first frame, naming each
        // line (issue 9).
        if (map.corpus()) {
            const std::vector<std::string> problems = checkTour(*req.tour, *map.corpus());
            std::string all;
            for (const std::string& problem : problems) all += (all.empty() ? "" : "\n") + problem;
            if (!problems.empty()) throw Error(all);
        }
        plan = planTour(*req.tour, map.corpus(), map.projection(), home, req.fps, req.map.lang);
    } else {
        plan = planRange(req.from, req.to, req.seconds, req.fps, home);
    }

    EncoderSettings settings;
    settings.format = req.format;
    settings.width = req.width;
    settings.height = req.height;
    settings.fps = req.fps;
    settings.crf = req.crf;
    std::unique_ptr<FrameSink> sink = openFrameSink(req.output, settings);

    map.setOverlays(req.overlays);
    VideoFrameTarget target(req.width, req.height, req.samples);
    std::optional<ImageQuad> captionQuad;
    std::optional<CaptionText> captionText;
    if (req.captions) {
        captionQuad.emplace();
        captionText.emplace();
    }

    // Buffers travel in a loop: free -> (render) -> filled -> (encode) -> free.
    BoundedQueue<VideoFrame> filled(kFramesInFlight), freeFrames(kFramesInFlight);
    for (size_t i = 0; i < kFramesInFlight; ++i) freeFrames.push(VideoFrame{});
    std::atomic<int> encoded{0};
    std::exception_ptr encodeError;
    std::thread encoder([&] {
        try {
            while (std::optional<VideoFrame> frame = filled.pop()) {
                if (cancel) break;
                sink->write(*frame);
                encoded.fetch_add(1);
                freeFrames.push(std::move(*frame));
            }
        } catch (...) {
            encodeError = std::current_exception();
        }
        filled.close();
        freeFrames.close();
    });
    // Whatever happens on this thread, the encode thread is told to stop and joined.
    struct JoinGuard {
        BoundedQueue<VideoFrame>& filled;
        std::thread& thread;
        ~JoinGuard() {
            filled.close();
            if (thread.joinable()) thread.join();
        }
    } joinGuard{filled, encoder};

    const int frameCount = static_cast<int>(plan.frames.size());
    auto progress = [&] {
        if (onProgress)
            onProgress({encoded.load(), frameCount, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()});
    };
    Caption lastCaption;
    bool haveCaption = false;
    CaptionImage captionImage;
    for (int i = 0; i < frameCount && !cancel; ++i) {
        const FrameSpec& spec = plan.frames[static_cast<size_t>(i)];
        map.setFrame(spec.day, spec.highlights);
        target.bind();
        map.draw(spec.camera, req.width, req.height);
        if (req.captions) {
            const Caption caption = captionFor(spec, plan, map, req.map.lang);
            if (!haveCaption || !(caption == lastCaption)) {
                captionImage = renderCaption(*captionText, caption, req.width, req.height);
                captionQuad->setImage(captionImage.image);
                lastCaption = caption;
                haveCaption = true;
            }
            target.bind();
            captionQuad->draw(captionImage.x, captionImage.y, req.width, req.height);
        }
        std::optional<VideoFrame> frame = freeFrames.pop();
        if (!frame) break;  // the encoder stopped (error or cancel)
        frame->index = i;
        frame->width = req.width;
        frame->height = req.height;
        if (usesYuv(req.format)) {
            const size_t luma = static_cast<size_t>(req.width) * req.height;
            frame->y.resize(luma);
            frame->u.resize(luma / 4);
            frame->v.resize(luma / 4);
            target.readYuv420(frame->y.data(), frame->u.data(), frame->v.data());
        } else {
            target.readRgba(frame->rgba);
        }
        if (!filled.push(std::move(*frame))) break;
        progress();
    }
    filled.close();
    encoder.join();
    if (encodeError) std::rethrow_exception(encodeError);
    if (cancel) return RecordResult::Cancelled;
    if (encoded.load() != frameCount)
        throw Error(req.output, "only " + std::to_string(encoded.load()) + " of " + std::to_string(frameCount) + " frames were encoded");
    sink->commit();
    progress();
    return RecordResult::Finished;
}

}  // namespace ta
