#pragma once
// Where a recording's frames go: a video file or a directory of numbered PNGs. Either is written
// under a temporary name beside the output and renamed onto it only by commit(), so a cancelled,
// failed or killed recording never leaves a half-written file under the name the user asked for.

#include "video_encoder.hpp"

#include <memory>
#include <string>

namespace ta {

class FrameSink {
public:
    virtual ~FrameSink() = default;
    virtual void write(const VideoFrame& frame) = 0;
    /// Finishes the file and moves it onto the output name. Without it, the destructor removes
    /// everything written.
    virtual void commit() = 0;
};

/// Opens the sink `settings.format` calls for. Throws ta::Error naming the output when it cannot be
/// written (missing directory, a non-empty directory for PNG frames, ...).
std::unique_ptr<FrameSink> openFrameSink(const std::string& output, const EncoderSettings& settings);

/// "frame_000042.png": the name of frame 42 in a PNG sequence.
std::string pngFrameName(int index);

}  // namespace ta
