// Frame time of the map renderer (issue 4) on this machine's llvmpipe: the default map at a busy
// date (2018-04-01: every status, five de-escalation zones, the Eastern Ghouta evacuations under
// way, place and governorate names, all overlays), at 1920x1080 and 3840x2160, with 4x
// multisampling (what the window asks GLFW for and `render` uses) and without.
//   DrawFrame/W/H/SAMPLES  draw + multisample resolve, GL pipeline finished (glFinish); readback
//                          excluded. The scene is uploaded once: a still map redraws, it does not
//                          rebuild (the window rebuilds only when the date or the selection changes).
//   RebuildFrame/W/H       setFrame (scene build + upload of what changed, a new day each time)
//                          plus the draw, as while the timeline plays.
// Counters: labels placed, glyphs, fill triangles, line segments, markers of the frame. Run with
// repetitions for median and spread:
//   build/bench/render_bench --benchmark_repetitions=7 --benchmark_report_aggregates_only=true

#include "date.hpp"
#include "headless_map.hpp"
#include "render_target.hpp"

#include <benchmark/benchmark.h>

#include <memory>
#include <sstream>

using namespace ta;

namespace {

const Day kBusyDay = dayFromCivil(2018, 4, 1);

HeadlessMap& sharedMap() {
    // One map for the whole run: loading data and fonts is start-up cost, not frame time.
    static std::unique_ptr<HeadlessMap> map = [] {
        std::ostringstream warnings;
        MapOptions options;
        options.date = kBusyDay;
        auto m = std::make_unique<HeadlessMap>(options, warnings);
        m->setOverlays(OverlaySet::all());
        return m;
    }();
    return *map;
}

void reportStats(benchmark::State& state, const RenderStats& s) {
    state.counters["labels"] = static_cast<double>(s.labelsPlaced);
    state.counters["glyphs"] = static_cast<double>(s.glyphs);
    state.counters["fill_tris"] = static_cast<double>(s.fillTriangles);
    state.counters["line_segs"] = static_cast<double>(s.lineSegments);
    state.counters["markers"] = static_cast<double>(s.markers);
}

void DrawFrame(benchmark::State& state) {
    const int w = static_cast<int>(state.range(0)), h = static_cast<int>(state.range(1)), samples = static_cast<int>(state.range(2));
    HeadlessMap& map = sharedMap();
    map.setFrame(kBusyDay.n);
    const Camera camera = map.cameraFor(std::nullopt, w, h);
    RenderTarget target(w, h, samples);
    // First frame outside the timing: label placement for the zoom, glyph rasterisation, shader JIT.
    target.bind();
    map.draw(camera, w, h);
    glFinish();
    for (auto _ : state) {
        target.bind();
        map.draw(camera, w, h);
        target.resolve();
        glFinish();
    }
    reportStats(state, map.renderer().stats());
}

void RebuildFrame(benchmark::State& state) {
    const int w = static_cast<int>(state.range(0)), h = static_cast<int>(state.range(1));
    HeadlessMap& map = sharedMap();
    const Camera camera = map.cameraFor(std::nullopt, w, h);
    RenderTarget target(w, h, 4);
    double day = kBusyDay.n;
    for (auto _ : state) {
        day += 0.25;  // a quarter day per frame: statuses, zones and flows animate
        map.setFrame(day);
        target.bind();
        map.draw(camera, w, h);
        target.resolve();
        glFinish();
    }
    reportStats(state, map.renderer().stats());
    map.setFrame(kBusyDay.n);
}

}  // namespace

BENCHMARK(DrawFrame)
    ->Args({1920, 1080, 4})
    ->Args({1920, 1080, 0})
    ->Args({3840, 2160, 4})
    ->Args({3840, 2160, 0})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MinTime(1.0);
BENCHMARK(RebuildFrame)->Args({1920, 1080})->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(1.0);
