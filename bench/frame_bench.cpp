// Frames of the default map through HeadlessMap (EGL, llvmpipe without a GPU), the way the window
// and `record` make them. Each iteration ends with glFinish, so the time is the frame's, not the
// command queue's. Sizes are the benchmark's arguments (width, height).
//   BM_Draw*       draw only (the scene already uploaded): what `render --repeat` measures
//   BM_PlayTimeline  the timeline playing, one day a frame: stateAt when the day changes, scene
//                  build, upload of what changed, draw
//   BM_Scrub       a date change to any day of 2012-2018 until the new frame is finished
//   BM_SetFrame    the CPU side of a date change alone (stateAt + scene build + upload)
// cpu_ms is the whole process's CPU per iteration (llvmpipe threads included; process_cpu.hpp).
//   build/bench/frame_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true

#include "headless_map.hpp"
#include "process_cpu.hpp"
#include "render_target.hpp"

#include <benchmark/benchmark.h>

#include <iostream>
#include <memory>
#include <sstream>

namespace {

ta::HeadlessMap& defaultMap() {
    static std::unique_ptr<ta::HeadlessMap> map = [] {
        std::ostringstream warnings;
        return std::make_unique<ta::HeadlessMap>(ta::MapOptions{}, warnings);
    }();
    return *map;
}

constexpr double kBusyDay = 17039;  // 2016-08-26 (Daraya's evacuation)

struct Frame {
    int w, h;
    ta::Camera camera;
    ta::RenderTarget target;
    Frame(ta::HeadlessMap& map, benchmark::State& state)
        : w(static_cast<int>(state.range(0))), h(static_cast<int>(state.range(1))), camera(map.cameraFor(std::nullopt, w, h)),
          target(w, h, 4) {}
    void draw(ta::HeadlessMap& map) {
        target.bind();
        map.draw(camera, w, h);
        glFinish();
    }
};

void BM_Draw(benchmark::State& state) {
    auto& map = defaultMap();
    map.setFrame(kBusyDay);
    Frame frame(map, state);
    ta::bench::CpuPerIteration cpu(state);
    for (auto _ : state) frame.draw(map);
    state.SetLabel(reinterpret_cast<const char*>(glGetString(GL_RENDERER)));  // which GL: llvmpipe or a GPU
}
BENCHMARK(BM_Draw)->Args({1920, 1080})->Args({3840, 2160})->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_PlayTimeline(benchmark::State& state) {
    auto& map = defaultMap();
    Frame frame(map, state);
    double day = 16071;  // 2014-01-01
    ta::bench::CpuPerIteration cpu(state);
    for (auto _ : state) {
        map.setFrame(day);
        frame.draw(map);
        day = day >= 17897 ? 16071 : day + 1;  // to 2019-01-01, then again
    }
}
BENCHMARK(BM_PlayTimeline)->Args({1920, 1080})->Unit(benchmark::kMillisecond)->UseRealTime();

// Jumps across the whole range in a fixed order (a stride prime to the range: every day in turn).
void BM_Scrub(benchmark::State& state) {
    auto& map = defaultMap();
    Frame frame(map, state);
    const int first = 15340, days = 2557;  // 2012-01-01 .. 2018-12-31
    int i = 0;
    ta::bench::CpuPerIteration cpu(state);
    for (auto _ : state) {
        map.setFrame(first + (i * 613) % days);
        frame.draw(map);
        ++i;
    }
}
BENCHMARK(BM_Scrub)->Args({1920, 1080})->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_SetFrame(benchmark::State& state) {
    auto& map = defaultMap();
    const int first = 15340, days = 2557;
    int i = 0;
    ta::bench::CpuPerIteration cpu(state);
    for (auto _ : state) {
        map.setFrame(first + (i * 613) % days);
        ++i;
    }
}
BENCHMARK(BM_SetFrame)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
