// A million dated point events (--layer FILE,time=date): loading them from GeoPackage and CSV,
// finding a frame's time window, and whole frames at 1080p with them over the default map.
// The data is `truce-atlas synth-events --count 1000000 --seed 1`, written once into
// build/bench-data/ (bench/run makes it with the program; this makes it itself when missing).
//   BM_LoadGpkg, BM_LoadCsv   read, project and sort by time (once per run of the program)
//   BM_WindowSearch           the two binary searches of a frame (event_window.hpp)
//   BM_WindowUpdate           a date change: scene build + upload (no points re-sent), no draw
//   BM_Frame/W                date change + draw + glFinish, 1920x1080, a W-day window (W=3000:
//                             all 1M points drawn)
//   build/bench/events_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true

#include "event_points.hpp"
#include "event_window.hpp"
#include "headless_map.hpp"
#include "process_cpu.hpp"
#include "render_target.hpp"
#include "synth_events.hpp"

#include <benchmark/benchmark.h>

#include <filesystem>
#include <map>
#include <memory>
#include <sstream>

namespace {

namespace fs = std::filesystem;

constexpr uint64_t kCount = 1000000;
constexpr double kBusyDay = 17039;  // 2016-08-26

// build/bench-data/events-1M.{gpkg,csv}, made on first use.
std::string eventsFile(const std::string& ext) {
    const fs::path dir = fs::path(TA_BINARY_DIR) / "bench-data";
    const fs::path file = dir / ("events-1M." + ext);
    if (!fs::exists(file)) {
        fs::create_directories(dir);
        ta::writeSynthEvents(
            ta::generateSynthEvents({kCount, 1, ta::dayFromCivil(2012, 1, 1).n, ta::dayFromCivil(2018, 12, 31).n}), file);
    }
    return file.string();
}

void BM_LoadGpkg(benchmark::State& state) {
    const ta::LayerSpec spec = ta::LayerSpec::parse(eventsFile("gpkg") + ",time=date");
    const ta::Projection projection;
    ta::bench::CpuPerIteration cpu(state);
    for (auto _ : state) benchmark::DoNotOptimize(ta::loadEventPoints(spec, projection));
}
BENCHMARK(BM_LoadGpkg)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

void BM_LoadCsv(benchmark::State& state) {
    const ta::LayerSpec spec = ta::LayerSpec::parse(eventsFile("csv") + ",time=date");
    const ta::Projection projection;
    ta::bench::CpuPerIteration cpu(state);
    for (auto _ : state) benchmark::DoNotOptimize(ta::loadEventPoints(spec, projection));
}
BENCHMARK(BM_LoadCsv)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

void BM_WindowSearch(benchmark::State& state) {
    static const ta::EventPoints points = ta::loadEventPoints(ta::LayerSpec::parse(eventsFile("gpkg") + ",time=date"), ta::Projection());
    double day = 15340;
    ta::bench::CpuPerIteration cpu(state);
    for (auto _ : state) {
        benchmark::DoNotOptimize(ta::eventWindow(points.days, day, 30));
        day = day >= 17896 ? 15340 : day + 1;
    }
}
BENCHMARK(BM_WindowSearch)->Unit(benchmark::kMicrosecond);

// One map per window length, kept for the run (loading takes seconds).
ta::HeadlessMap& eventsMap(int windowDays) {
    static std::map<int, std::unique_ptr<ta::HeadlessMap>> maps;
    auto& map = maps[windowDays];
    if (!map) {
        ta::MapOptions options;
        options.layers = {eventsFile("gpkg") + ",time=date"};
        options.timeWindowDays = windowDays;
        std::ostringstream warnings;
        map = std::make_unique<ta::HeadlessMap>(options, warnings);
    }
    return *map;
}

void BM_WindowUpdate(benchmark::State& state) {
    auto& map = eventsMap(30);
    double day = 15340;
    ta::bench::CpuPerIteration cpu(state);
    for (auto _ : state) {
        map.setFrame(day);
        day = day >= 17896 ? 15340 : day + 1;
    }
}
BENCHMARK(BM_WindowUpdate)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Frame(benchmark::State& state) {
    auto& map = eventsMap(static_cast<int>(state.range(0)));
    const int w = 1920, h = 1080;
    const ta::Camera camera = map.cameraFor(std::nullopt, w, h);
    ta::RenderTarget target(w, h, 4);
    double day = kBusyDay;
    size_t drawn = 0;
    ta::bench::CpuPerIteration cpu(state);
    for (auto _ : state) {
        map.setFrame(day);
        target.bind();
        map.draw(camera, w, h);
        glFinish();
        drawn = map.renderer().stats().events;
        day = day >= 17896 ? 15340 : day + 1;
    }
    state.counters["points"] = static_cast<double>(drawn);
}
BENCHMARK(BM_Frame)->Arg(30)->Arg(3000)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
