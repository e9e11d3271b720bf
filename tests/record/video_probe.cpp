#include "video_probe.hpp"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/pixdesc.h>
}

#include <memory>
#include <stdexcept>

namespace ta::test {

namespace {

struct InputDeleter {
    void operator()(AVFormatContext* f) const { avformat_close_input(&f); }
};
struct CodecDeleter {
    void operator()(AVCodecContext* c) const { avcodec_free_context(&c); }
};
struct FrameDeleter {
    void operator()(AVFrame* f) const { av_frame_free(&f); }
};
struct PacketDeleter {
    void operator()(AVPacket* p) const { av_packet_free(&p); }
};

uint64_t fnv1a(uint64_t h, const uint8_t* data, size_t n) {
    for (size_t i = 0; i < n; ++i) h = (h ^ data[i]) * 1099511628211ull;
    return h;
}

uint64_t hashFrame(const AVFrame* f) {
    const AVPixFmtDescriptor* desc = av_pix_fmt_desc_get(static_cast<AVPixelFormat>(f->format));
    uint64_t h = 1469598103934665603ull;
    for (int plane = 0; plane < 4 && f->data[plane]; ++plane) {
        if (desc->flags & AV_PIX_FMT_FLAG_PAL && plane == 1) {
            h = fnv1a(h, f->data[1], 1024);
            continue;
        }
        const bool chroma = plane == 1 || plane == 2;
        const int w = chroma ? AV_CEIL_RSHIFT(f->width, desc->log2_chroma_w) : f->width;
        const int rows = chroma ? AV_CEIL_RSHIFT(f->height, desc->log2_chroma_h) : f->height;
        const int bytes = w * ((desc->comp[0].step > 0 && plane == 0) ? desc->comp[0].step : 1);
        for (int y = 0; y < rows; ++y) h = fnv1a(h, f->data[plane] + static_cast<ptrdiff_t>(y) * f->linesize[plane], static_cast<size_t>(bytes));
    }
    return h;
}

}  // namespace

VideoProbe probeVideo(const std::string& path) {
    auto fail = [&](const std::string& what) { return std::runtime_error(path + ": " + what); };
    AVFormatContext* raw = nullptr;
    if (avformat_open_input(&raw, path.c_str(), nullptr, nullptr) < 0) throw fail("cannot open");
    std::unique_ptr<AVFormatContext, InputDeleter> input(raw);
    if (avformat_find_stream_info(input.get(), nullptr) < 0) throw fail("no stream info");
    const AVCodec* decoder = nullptr;
    const int index = av_find_best_stream(input.get(), AVMEDIA_TYPE_VIDEO, -1, -1, &decoder, 0);
    if (index < 0 || !decoder) throw fail("no video stream");
    AVStream* stream = input->streams[index];

    VideoProbe probe;
    probe.container = input->iformat->name;
    probe.codec = avcodec_get_name(stream->codecpar->codec_id);
    probe.width = stream->codecpar->width;
    probe.height = stream->codecpar->height;
    if (stream->duration != AV_NOPTS_VALUE && stream->duration > 0) probe.durationSeconds = stream->duration * av_q2d(stream->time_base);
    else if (input->duration != AV_NOPTS_VALUE) probe.durationSeconds = static_cast<double>(input->duration) / AV_TIME_BASE;
    if (stream->avg_frame_rate.den) probe.frameRate = av_q2d(stream->avg_frame_rate);

    std::unique_ptr<AVCodecContext, CodecDeleter> codec(avcodec_alloc_context3(decoder));
    avcodec_parameters_to_context(codec.get(), stream->codecpar);
    codec->thread_count = 1;
    if (avcodec_open2(codec.get(), decoder, nullptr) < 0) throw fail("cannot open the decoder");
    std::unique_ptr<AVFrame, FrameDeleter> frame(av_frame_alloc());
    std::unique_ptr<AVPacket, PacketDeleter> packet(av_packet_alloc());
    auto drain = [&] {
        while (avcodec_receive_frame(codec.get(), frame.get()) == 0) {
            probe.frameHashes.push_back(hashFrame(frame.get()));
            av_frame_unref(frame.get());
        }
    };
    while (av_read_frame(input.get(), packet.get()) >= 0) {
        if (packet->stream_index == index) {
            if (avcodec_send_packet(codec.get(), packet.get()) < 0) throw fail("cannot decode a packet");
            drain();
        }
        av_packet_unref(packet.get());
    }
    avcodec_send_packet(codec.get(), nullptr);
    drain();
    return probe;
}

}  // namespace ta::test
