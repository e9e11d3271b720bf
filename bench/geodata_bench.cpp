// Geodata (issue 5): the ADM3 sub-districts (272 polygons, geoBoundaries) loaded, projected,
// repaired, simplified at every level of detail and triangulated, cold (no cache) and from the
// on-disk geometry cache; plus the parts of the cold path. Targets on the 2-core machine: cold
// under 300 ms, cached under 50 ms. Run: build/bench/geodata_bench (bench/README.md).

#include "geometry_cache.hpp"
#include "layer_source.hpp"

#include <benchmark/benchmark.h>

#include <filesystem>
#include <random>

namespace fs = std::filesystem;
using namespace ta;

namespace {

const std::string kAdm3 = std::string(TA_SHARED_DIR) + "/geodata/geoboundaries/geoBoundaries-SYR-ADM3_simplified.topojson";

bool haveData(benchmark::State& state) {
    if (fs::exists(kAdm3)) return true;
    state.SkipWithError(("shared test data not present: " + kAdm3).c_str());
    return false;
}

const Projection& projection() {
    static const Projection p;
    return p;
}

// A fresh cache directory per process, removed at exit.
struct ScratchCache {
    GeometryCache cache;
    ScratchCache() {
        std::random_device rd;
        cache.dir = fs::temp_directory_path() / ("ta-geodata-bench-" + std::to_string(rd()));
    }
    ~ScratchCache() {
        std::error_code ec;
        fs::remove_all(cache.dir, ec);
    }
};

void BM_Adm3Cold(benchmark::State& state) {
    if (!haveData(state)) return;
    size_t triangles = 0;
    for (auto _ : state) {
        const PreparedLayer p = loadPreparedLayer(LayerSpec::parse(kAdm3), projection(), {}, GeometryCache{});
        triangles = 0;
        for (const auto& lods : p.lods) triangles += lods.front().mesh.indices.size() / 3;
        benchmark::DoNotOptimize(p);
    }
    state.counters["triangles_full_detail"] = static_cast<double>(triangles);
}

void BM_Adm3Cached(benchmark::State& state) {
    if (!haveData(state)) return;
    ScratchCache scratch;
    loadPreparedLayer(LayerSpec::parse(kAdm3), projection(), {}, scratch.cache);  // the first start writes the entry
    for (auto _ : state) {
        const PreparedLayer p = loadPreparedLayer(LayerSpec::parse(kAdm3), projection(), {}, scratch.cache);
        if (!p.fromCache) state.SkipWithError("the cache was not used");
        benchmark::DoNotOptimize(p);
    }
}

// The parts of the cold path.
void BM_Adm3LoadAndProject(benchmark::State& state) {
    if (!haveData(state)) return;
    for (auto _ : state) benchmark::DoNotOptimize(loadVectorLayer(LayerSpec::parse(kAdm3), projection()));
}

void BM_Adm3SimplifyAndTriangulate(benchmark::State& state) {
    if (!haveData(state)) return;
    const VectorLayer layer = loadVectorLayer(LayerSpec::parse(kAdm3), projection());
    for (auto _ : state) benchmark::DoNotOptimize(prepareLayer(layer, kDefaultTolerancesM, static_cast<unsigned>(state.range(0))));
}

// Full detail only: the triangulation's share of the cold path.
void BM_Adm3TriangulateFullDetail(benchmark::State& state) {
    if (!haveData(state)) return;
    const VectorLayer layer = loadVectorLayer(LayerSpec::parse(kAdm3), projection());
    for (auto _ : state) benchmark::DoNotOptimize(prepareLayer(layer, {0.0}, 1));
}

// Topology-preserving simplification alone, at one tolerance (metres).
void BM_Adm3SimplifyOnly(benchmark::State& state) {
    if (!haveData(state)) return;
    const VectorLayer layer = loadVectorLayer(LayerSpec::parse(kAdm3), projection());
    for (auto _ : state)
        for (const Feature& f : layer.features) benchmark::DoNotOptimize(simplifyPolygons(f.polygons, static_cast<double>(state.range(0))));
}

void BM_Adm3ContentHash(benchmark::State& state) {
    if (!haveData(state)) return;
    for (auto _ : state) benchmark::DoNotOptimize(sourceContentHash(kAdm3));
}

}  // namespace

// Repetitions give the median and the spread (stddev, cv) of the per-run means.
BENCHMARK(BM_Adm3Cold)->Unit(benchmark::kMillisecond)->Repetitions(10)->ReportAggregatesOnly(true);
BENCHMARK(BM_Adm3Cached)->Unit(benchmark::kMillisecond)->Repetitions(10)->ReportAggregatesOnly(true);
BENCHMARK(BM_Adm3LoadAndProject)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_Adm3SimplifyAndTriangulate)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_Adm3TriangulateFullDetail)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_Adm3SimplifyOnly)->Arg(100)->Arg(1600)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_Adm3ContentHash)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
