#pragma once
// Reads a video file back through libavformat/libavcodec for the recording tests: its codec,
// size, stream duration, and a hash of every decoded frame (so two recordings can be compared
// frame by frame, like ffmpeg's framemd5).

#include <cstdint>
#include <string>
#include <vector>

namespace ta::test {

struct VideoProbe {
    std::string codec;             // "h264", "vp9", "gif"
    std::string container;         // "mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm", "gif"
    int width = 0, height = 0;
    double durationSeconds = 0;    // of the stream (or the container when the stream has none)
    double frameRate = 0;          // average, from the stream
    std::vector<uint64_t> frameHashes;  // one per decoded frame, over the visible pixels of every plane
};

/// Throws std::runtime_error naming the file when it cannot be opened or decoded.
VideoProbe probeVideo(const std::string& path);

}  // namespace ta::test
