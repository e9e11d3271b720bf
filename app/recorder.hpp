#pragma once
// Records a frame plan to a file: the calling thread renders each frame offscreen (EGL) and
// converts it (YUV on the GPU for H.264/VP9), while an encode thread writes the previous frames;
// a bounded queue between them keeps both busy without piling frames up. Used by
// `truce-atlas record` and by the window's Record dialog (on a worker thread of its own).

#include "cli_args.hpp"
#include "frame_plan.hpp"
#include "tour.hpp"
#include "video_encoder.hpp"

#include <atomic>
#include <functional>
#include <optional>
#include <ostream>
#include <string>

namespace ta {

struct RecordRequest {
    MapOptions map;                 // boundaries, corpus and language (the view is per frame)
    std::string output;             // a file, or a directory for PNG frames
    VideoFormat format = VideoFormat::H264Mp4;
    int width = 1920, height = 1080, fps = 30;
    // No multisampling by default, as in the window: every primitive antialiases itself, and 4x
    // costs 1080p H.264 recording from 27 to 16 frames a second on llvmpipe (bench/README.md).
    int samples = 0;                // --samples N
    bool captions = true;           // burn in the date and the event title / tour caption
    // The renderer's overlays (overlay_layout.hpp); the date and title are the caption's job here.
    OverlaySet overlays{false, false, true, true, true};
    int crf = -1;                   // encoder quality; -1: the codec's default
    // A date range (with map.view, or all of Syria) ...
    Day from, to;
    double seconds = 10;
    // ... or a tour, which then decides dates, views and duration.
    std::optional<Tour> tour;
};

struct RecordProgress {
    int framesEncoded = 0;
    int frameCount = 0;
    double elapsedSeconds = 0;   // wall clock: for the progress display only, never for a frame
};

enum class RecordResult { Finished, Cancelled };

/// Renders and encodes the request. `cancel` is polled between frames; when it turns true the
/// recording stops and nothing is left under the output name. `onProgress` is called from the
/// calling thread after each rendered frame and once at the end. Throws ta::Error on failure
/// (also leaving nothing under the output name).
RecordResult record(const RecordRequest& request, const std::atomic<bool>& cancel,
                    const std::function<void(const RecordProgress&)>& onProgress, std::ostream& warnings);

class HeadlessMap;
/// Same, with the map already loaded (request.map's boundaries and corpus are then ignored):
/// for several recordings in one process (benchmarks, the window's worker).
RecordResult record(HeadlessMap& map, const RecordRequest& request, const std::atomic<bool>& cancel,
                    const std::function<void(const RecordProgress&)>& onProgress, std::ostream& warnings);

}  // namespace ta
