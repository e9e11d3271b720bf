// Recording speed at 1920x1080, H.264 (libx264 veryfast, crf 23) on this machine:
//   RecordEndToEnd     the whole pipeline: render (llvmpipe) + captions + GPU YUV conversion +
//                      readback on this thread, encode + mux on the encode thread
//   EncodeOnly         libx264 + MP4 muxing of frames rendered beforehand: the encoder's own speed,
//                      the ceiling the pipeline can reach
//   RenderConvertOnly  the render thread's share alone (no encoder)
//   SwscaleRgbaToYuv   the CPU conversion the GPU pass replaces (for comparison)
// Each reports frames per second of wall time (items_per_second) and the CPU time the whole
// process spent per frame, all threads together (cpu_ms_per_frame, from getrusage): on a shared
// machine the wall figure depends on the other load, the CPU figure much less. Run with
// repetitions for median and spread:
//   build/bench/record_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true

#include "headless_map.hpp"
#include "process_cpu.hpp"
#include "recorder.hpp"
#include "video_encoder.hpp"
#include "video_frame_target.hpp"

#include <benchmark/benchmark.h>

extern "C" {
#include <libswscale/swscale.h>
}

#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>

namespace fs = std::filesystem;
using namespace ta;

namespace {

constexpr int kW = 1920, kH = 1080, kFps = 30, kFrames = 90;

HeadlessMap& sharedMap() {
    // One map for the whole run: loading it is start-up cost, not recording speed.
    static std::unique_ptr<HeadlessMap> map = [] {
        std::ostringstream warnings;
        return std::make_unique<HeadlessMap>(MapOptions{}, warnings);
    }();
    return *map;
}

using ta::bench::processCpuSeconds;  // process_cpu.hpp: every thread included

// Adds frames per second (wall) and CPU milliseconds per frame (whole process) to a benchmark.
class FrameCounters {
public:
    explicit FrameCounters(benchmark::State& state) : m_state(state), m_cpu0(processCpuSeconds()) {}
    ~FrameCounters() {
        const double frames = static_cast<double>(m_state.iterations()) * m_framesPerIteration;
        m_state.SetItemsProcessed(static_cast<int64_t>(frames));
        if (frames > 0) m_state.counters["cpu_ms_per_frame"] = (processCpuSeconds() - m_cpu0) * 1000 / frames;
    }
    void framesPerIteration(int n) { m_framesPerIteration = n; }

private:
    benchmark::State& m_state;
    double m_cpu0;
    int m_framesPerIteration = 1;
};

fs::path scratch(const std::string& name) { return fs::temp_directory_path() / ("ta-record-bench-" + std::to_string(::getpid()) + "-" + name); }

RecordRequest request1080p(const fs::path& out) {
    RecordRequest req;
    req.output = out.string();
    req.format = VideoFormat::H264Mp4;
    req.width = kW;
    req.height = kH;
    req.fps = kFps;
    req.from = dayFromCivil(2016, 6, 1);
    req.to = dayFromCivil(2017, 6, 1);
    req.seconds = static_cast<double>(kFrames) / kFps;
    return req;
}

// Frames of a real recording (the map over a year, captions on), rendered once.
const std::vector<VideoFrame>& renderedFrames() {
    static std::vector<VideoFrame> frames = [] {
        std::vector<VideoFrame> out;
        HeadlessMap& map = sharedMap();
        VideoFrameTarget target(kW, kH, 4);
        const Camera camera = map.cameraFor(std::nullopt, kW, kH);
        for (int i = 0; i < kFrames; ++i) {
            map.setFrame(dayFromCivil(2016, 6, 1).n + 365.0 * i / (kFrames - 1));
            target.bind();
            map.draw(camera, kW, kH);
            VideoFrame f;
            f.index = i;
            f.width = kW;
            f.height = kH;
            f.y.resize(kW * kH);
            f.u.resize(kW * kH / 4);
            f.v.resize(kW * kH / 4);
            target.readYuv420(f.y.data(), f.u.data(), f.v.data());
            out.push_back(std::move(f));
        }
        return out;
    }();
    return frames;
}

void RecordEndToEnd(benchmark::State& state) {
    HeadlessMap& map = sharedMap();
    const fs::path out = scratch("e2e.mp4");
    const std::atomic<bool> cancel{false};
    RecordRequest req = request1080p(out);
    req.samples = static_cast<int>(state.range(0));
    FrameCounters counters(state);
    counters.framesPerIteration(kFrames);
    for (auto _ : state) {
        std::ostringstream warnings;
        if (record(map, req, cancel, nullptr, warnings) != RecordResult::Finished) state.SkipWithError("cancelled");
    }
    state.counters["MB"] = static_cast<double>(fs::file_size(out)) / 1e6;
    fs::remove(out);
}

void EncodeOnly(benchmark::State& state) {
    const auto& frames = renderedFrames();
    const fs::path out = scratch("encode.mp4");
    FrameCounters counters(state);
    counters.framesPerIteration(kFrames);
    for (auto _ : state) {
        EncoderSettings s;
        s.width = kW;
        s.height = kH;
        s.fps = kFps;
        VideoEncoder encoder(out, s);
        for (const VideoFrame& f : frames) encoder.encode(f);
        encoder.finish();
    }
    fs::remove(out);
}

void RenderConvertOnly(benchmark::State& state) {
    HeadlessMap& map = sharedMap();
    VideoFrameTarget target(kW, kH, static_cast<int>(state.range(0)));
    const Camera camera = map.cameraFor(std::nullopt, kW, kH);
    std::vector<uint8_t> y(kW * kH), u(kW * kH / 4), v(kW * kH / 4);
    int i = 0;
    FrameCounters counters(state);
    for (auto _ : state) {
        map.setFrame(dayFromCivil(2016, 6, 1).n + 0.37 * i++);
        target.bind();
        map.draw(camera, kW, kH);
        target.readYuv420(y.data(), u.data(), v.data());
        benchmark::DoNotOptimize(y.data());
    }
}

void SwscaleRgbaToYuv(benchmark::State& state) {
    std::vector<uint8_t> rgba(static_cast<size_t>(kW) * kH * 4);
    for (size_t i = 0; i < rgba.size(); ++i) rgba[i] = static_cast<uint8_t>(i * 2654435761u >> 13);
    std::vector<uint8_t> y(kW * kH), u(kW * kH / 4), v(kW * kH / 4);
    SwsContext* sws = sws_getContext(kW, kH, AV_PIX_FMT_RGBA, kW, kH, AV_PIX_FMT_YUV420P, SWS_BILINEAR, nullptr, nullptr, nullptr);
    const uint8_t* src[1] = {rgba.data() + static_cast<size_t>(kH - 1) * kW * 4};  // bottom-up rows, as GL reads them
    const int srcStride[1] = {-kW * 4};
    uint8_t* dst[3] = {y.data(), u.data(), v.data()};
    const int dstStride[3] = {kW, kW / 2, kW / 2};
    {
        FrameCounters counters(state);
        for (auto _ : state) sws_scale(sws, src, srcStride, 0, kH, dst, dstStride);
    }
    sws_freeContext(sws);
}

}  // namespace

// Arg: multisampling (4 is what `record` uses; 0 for comparison).
BENCHMARK(RecordEndToEnd)->Arg(4)->Arg(0)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();
BENCHMARK(EncodeOnly)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();
BENCHMARK(RenderConvertOnly)->Arg(4)->Arg(0)->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();
BENCHMARK(SwscaleRgbaToYuv)->Unit(benchmark::kMillisecond)->MinTime(1.0)->UseRealTime();
