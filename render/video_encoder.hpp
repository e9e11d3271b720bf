#pragma once
// Video files through FFmpeg's libraries (libavcodec/libavformat): H.264 in MP4 (libx264),
// VP9 in WebM (libvpx-vp9) and GIF. RAII over the FFmpeg handles; errors throw ta::Error naming
// the file. Frames go in presentation order, one per call; timestamps are frame indices, so the
// file's timing is exact whatever the wall clock did.

#include "image.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ta {

enum class VideoFormat { H264Mp4, Vp9Webm, Gif, PngFrames };

std::string_view videoFormatName(VideoFormat format);  // "H.264 MP4", ...
/// The format an output name asks for: .mp4, .webm, .gif, or a directory (a name ending in '/',
/// or an existing directory) for numbered PNG frames. nullopt for anything else.
std::optional<VideoFormat> videoFormatForPath(const std::string& path);
/// H.264 and VP9 take YUV 4:2:0 (even sizes only); GIF and PNG frames take RGBA.
inline bool usesYuv(VideoFormat f) { return f == VideoFormat::H264Mp4 || f == VideoFormat::Vp9Webm; }

/// One frame on its way to a file.
struct VideoFrame {
    int index = 0;                 // frame number from 0
    int width = 0, height = 0;
    std::vector<uint8_t> y, u, v;  // YUV 4:2:0 planes, BT.709 limited range, rows top-down
    Image rgba;                    // premultiplied RGBA, rows top-down (GIF, PNG frames)
};

struct EncoderSettings {
    VideoFormat format = VideoFormat::H264Mp4;
    int width = 1920, height = 1080;
    int fps = 30;
    int crf = -1;                        // quality; -1: 23 for H.264, 32 for VP9
    std::string x264Preset = "veryfast";
    int threads = 0;                     // encoder threads; 0 lets the encoder choose
};

class VideoEncoder {
public:
    /// Opens `path` for writing in `settings.format` (not PngFrames). The format comes from the
    /// settings, not from the name, so `path` can be a temporary name.
    VideoEncoder(const std::filesystem::path& path, const EncoderSettings& settings);
    ~VideoEncoder();
    VideoEncoder(const VideoEncoder&) = delete;
    VideoEncoder& operator=(const VideoEncoder&) = delete;

    /// Encodes the next frame (planes for H.264/VP9, rgba for GIF) and writes what is ready.
    void encode(const VideoFrame& frame);
    /// Drains the encoder, writes the trailer and closes the file. Must be called for a usable file.
    void finish();
    int64_t framesEncoded() const;

    struct Impl;

private:
    std::unique_ptr<Impl> m_impl;
};

}  // namespace ta
