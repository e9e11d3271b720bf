#include "video_encoder.hpp"

#include "error.hpp"
#include "gif_palette.hpp"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
}

#include <cstring>

namespace ta {

namespace {

std::string avError(int code) {
    char buf[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, buf, sizeof buf);
    return buf;
}

struct CodecContextDeleter {
    void operator()(AVCodecContext* c) const { avcodec_free_context(&c); }
};
struct FrameDeleter {
    void operator()(AVFrame* f) const { av_frame_free(&f); }
};
struct PacketDeleter {
    void operator()(AVPacket* p) const { av_packet_free(&p); }
};
struct OutputDeleter {
    void operator()(AVFormatContext* f) const {
        if (f->pb && !(f->oformat->flags & AVFMT_NOFILE)) avio_closep(&f->pb);
        avformat_free_context(f);
    }
};
struct DictionaryGuard {
    AVDictionary* dict = nullptr;
    ~DictionaryGuard() { av_dict_free(&dict); }
    void set(const char* key, const std::string& value) { av_dict_set(&dict, key, value.c_str(), 0); }
};

}  // namespace

std::string_view videoFormatName(VideoFormat format) {
    switch (format) {
        case VideoFormat::H264Mp4: return "H.264 MP4";
        case VideoFormat::Vp9Webm: return "VP9 WebM";
        case VideoFormat::Gif: return "GIF";
        case VideoFormat::PngFrames: return "PNG frames";
    }
    return "?";
}

std::optional<VideoFormat> videoFormatForPath(const std::string& path) {
    if (path.empty()) return std::nullopt;
    if (path.back() == '/') return VideoFormat::PngFrames;
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return VideoFormat::PngFrames;
    std::string ext = std::filesystem::path(path).extension().string();
    for (char& ch : ext) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (ext == ".mp4") return VideoFormat::H264Mp4;
    if (ext == ".webm") return VideoFormat::Vp9Webm;
    if (ext == ".gif") return VideoFormat::Gif;
    return std::nullopt;
}

struct VideoEncoder::Impl {
    std::string name;  // the file, for messages
    VideoFormat format;
    std::unique_ptr<AVFormatContext, OutputDeleter> output;
    std::unique_ptr<AVCodecContext, CodecContextDeleter> codec;
    std::unique_ptr<AVFrame, FrameDeleter> frame;
    std::unique_ptr<AVPacket, PacketDeleter> packet;
    AVStream* stream = nullptr;
    int64_t nextPts = 0;
    bool finished = false;

    void check(int rc, const char* what) const {
        if (rc < 0) throw Error(name, std::string(what) + ": " + avError(rc));
    }

    // Sends a frame (or nullptr to drain) and writes every packet the encoder has ready.
    void send(const AVFrame* f) {
        check(avcodec_send_frame(codec.get(), f), "encoding a frame");
        for (;;) {
            const int rc = avcodec_receive_packet(codec.get(), packet.get());
            if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF) return;
            check(rc, "encoding a frame");
            if (packet->duration == 0) packet->duration = 1;  // constant frame rate: one tick of 1/fps
            av_packet_rescale_ts(packet.get(), codec->time_base, stream->time_base);
            packet->stream_index = stream->index;
            check(av_interleaved_write_frame(output.get(), packet.get()), "writing");
        }
    }
};

VideoEncoder::VideoEncoder(const std::filesystem::path& path, const EncoderSettings& s) : m_impl(std::make_unique<Impl>()) {
    Impl& m = *m_impl;
    m.name = path.string();
    m.format = s.format;
    // FFmpeg logs every encoder's settings and statistics to stderr; only its errors belong on our
    // terminal (failures reach the user as ta::Error anyway).
    av_log_set_level(AV_LOG_ERROR);
    const char* muxer = nullptr;
    const char* encoderName = nullptr;
    AVPixelFormat pixelFormat = AV_PIX_FMT_YUV420P;
    switch (s.format) {
        case VideoFormat::H264Mp4: muxer = "mp4"; encoderName = "libx264"; break;
        case VideoFormat::Vp9Webm: muxer = "webm"; encoderName = "libvpx-vp9"; break;
        case VideoFormat::Gif: muxer = "gif"; encoderName = "gif"; pixelFormat = AV_PIX_FMT_PAL8; break;
        case VideoFormat::PngFrames: throw Error(m.name, "PNG frames are not a video file");
    }
    if (usesYuv(s.format) && (s.width % 2 || s.height % 2))
        throw Error(m.name, std::string(videoFormatName(s.format)) + " needs an even width and height, got " + std::to_string(s.width) +
                                "x" + std::to_string(s.height));
    if (s.fps <= 0) throw Error(m.name, "frame rate must be positive");

    AVFormatContext* rawOutput = nullptr;
    m.check(avformat_alloc_output_context2(&rawOutput, nullptr, muxer, m.name.c_str()), "preparing the container");
    m.output.reset(rawOutput);

    const AVCodec* encoder = avcodec_find_encoder_by_name(encoderName);
    if (!encoder) throw Error(m.name, std::string("this FFmpeg has no ") + encoderName + " encoder (Debian: libavcodec59)");
    m.codec.reset(avcodec_alloc_context3(encoder));
    if (!m.codec) throw Error(m.name, "out of memory");
    AVCodecContext* c = m.codec.get();
    c->width = s.width;
    c->height = s.height;
    c->time_base = AVRational{1, s.fps};
    c->framerate = AVRational{s.fps, 1};
    c->pix_fmt = pixelFormat;
    c->thread_count = s.threads;
    if (usesYuv(s.format)) {
        c->gop_size = 2 * s.fps;  // a keyframe every two seconds: players and editors seek quickly
        c->color_range = AVCOL_RANGE_MPEG;
        c->colorspace = AVCOL_SPC_BT709;
        c->color_primaries = AVCOL_PRI_BT709;
        c->color_trc = AVCOL_TRC_BT709;
    }
    if (m.output->oformat->flags & AVFMT_GLOBALHEADER) c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;

    DictionaryGuard codecOptions;
    if (s.format == VideoFormat::H264Mp4) {
        codecOptions.set("preset", s.x264Preset);
        codecOptions.set("crf", std::to_string(s.crf >= 0 ? s.crf : 23));
    } else if (s.format == VideoFormat::Vp9Webm) {
        codecOptions.set("deadline", "realtime");
        codecOptions.set("cpu-used", "8");
        codecOptions.set("row-mt", "1");
        codecOptions.set("crf", std::to_string(s.crf >= 0 ? s.crf : 32));
        c->bit_rate = 0;  // constant quality
    }
    m.check(avcodec_open2(c, encoder, &codecOptions.dict), "opening the encoder");

    m.stream = avformat_new_stream(m.output.get(), nullptr);
    if (!m.stream) throw Error(m.name, "cannot add a video stream");
    m.check(avcodec_parameters_from_context(m.stream->codecpar, c), "configuring the stream");
    m.stream->time_base = c->time_base;
    m.stream->avg_frame_rate = c->framerate;

    m.check(avio_open(&m.output->pb, m.name.c_str(), AVIO_FLAG_WRITE), "cannot open for writing");
    DictionaryGuard muxOptions;
    if (s.format == VideoFormat::H264Mp4) muxOptions.set("movflags", "+faststart");  // playable while downloading
    m.check(avformat_write_header(m.output.get(), &muxOptions.dict), "writing the header");

    m.frame.reset(av_frame_alloc());
    m.packet.reset(av_packet_alloc());
    if (!m.frame || !m.packet) throw Error(m.name, "out of memory");
    m.frame->format = pixelFormat;
    m.frame->width = s.width;
    m.frame->height = s.height;
    m.frame->color_range = c->color_range;
    m.frame->colorspace = c->colorspace;
    m.frame->color_primaries = c->color_primaries;
    m.frame->color_trc = c->color_trc;
    m.check(av_frame_get_buffer(m.frame.get(), 0), "allocating a frame");
}

VideoEncoder::~VideoEncoder() = default;

int64_t VideoEncoder::framesEncoded() const { return m_impl->nextPts; }

void VideoEncoder::encode(const VideoFrame& in) {
    Impl& m = *m_impl;
    AVFrame* f = m.frame.get();
    if (in.width != f->width || in.height != f->height)
        throw Error(m.name, "frame " + std::to_string(in.index) + " is " + std::to_string(in.width) + "x" + std::to_string(in.height) +
                                ", the video " + std::to_string(f->width) + "x" + std::to_string(f->height));
    m.check(av_frame_make_writable(f), "preparing a frame");
    auto copyPlane = [&](int plane, const std::vector<uint8_t>& src, int w, int h) {
        if (src.size() < static_cast<size_t>(w) * h) throw Error(m.name, "frame " + std::to_string(in.index) + " has a short plane");
        for (int row = 0; row < h; ++row)
            std::memcpy(f->data[plane] + static_cast<ptrdiff_t>(row) * f->linesize[plane], &src[static_cast<size_t>(row) * w],
                        static_cast<size_t>(w));
    };
    if (usesYuv(m.format)) {
        copyPlane(0, in.y, in.width, in.height);
        copyPlane(1, in.u, in.width / 2, in.height / 2);
        copyPlane(2, in.v, in.width / 2, in.height / 2);
    } else {
        if (in.rgba.width != in.width || in.rgba.height != in.height) throw Error(m.name, "frame " + std::to_string(in.index) + " has no image");
        const PalettedImage pal = quantizeTo256(in.rgba);
        copyPlane(0, pal.indices, in.width, in.height);
        std::memcpy(f->data[1], pal.palette.data(), pal.palette.size() * sizeof(uint32_t));
    }
    f->pts = m.nextPts++;
    m.send(f);
}

void VideoEncoder::finish() {
    Impl& m = *m_impl;
    if (m.finished) return;
    m.send(nullptr);
    m.check(av_write_trailer(m.output.get()), "writing the trailer");
    m.check(avio_closep(&m.output->pb), "closing");
    m.finished = true;
}

}  // namespace ta
