// The corpus: loading and validating the TOML sources, writing and reading the SQLite database the
// program starts from, and stateAt (the timeline state for one day, computed on every date change).
//   build/bench/corpus_bench --benchmark_repetitions=10 --benchmark_report_aggregates_only=true

#include "date.hpp"
#include "load_corpus.hpp"
#include "store.hpp"
#include "timeline.hpp"

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

const fs::path kSources = fs::path(TA_SOURCE_DIR) / "corpus" / "data";

const ta::corpus::Corpus& realCorpus() {
    static const ta::corpus::Corpus corpus = [] {
        ta::corpus::LoadResult r = ta::corpus::loadCorpus(kSources);
        if (!r.corpus) {
            std::cerr << r.diagnostics.formatAll();
            std::exit(1);
        }
        return std::move(*r.corpus);
    }();
    return corpus;
}

fs::path benchDb() { return fs::temp_directory_path() / ("ta-corpus-bench-" + std::to_string(getpid()) + ".sqlite"); }

void BM_LoadAndValidateSources(benchmark::State& state) {
    for (auto _ : state) {
        ta::corpus::LoadResult r = ta::corpus::loadCorpus(kSources);
        if (!r.corpus) state.SkipWithError("the corpus sources do not validate");
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_LoadAndValidateSources)->Unit(benchmark::kMillisecond);

void BM_BuildDatabase(benchmark::State& state) {
    const auto& c = realCorpus();
    const fs::path db = benchDb();
    for (auto _ : state) ta::corpus::buildDatabase(c, db);
    fs::remove(db);
}
BENCHMARK(BM_BuildDatabase)->Unit(benchmark::kMillisecond);

void BM_LoadDatabase(benchmark::State& state) {
    const fs::path db = benchDb();
    ta::corpus::buildDatabase(realCorpus(), db);
    for (auto _ : state) {
        ta::corpus::Corpus c = ta::corpus::loadDatabase(db);
        benchmark::DoNotOptimize(c);
    }
    fs::remove(db);
}
BENCHMARK(BM_LoadDatabase)->Unit(benchmark::kMillisecond);

// The per-frame path: the state reused, the day moving through 2012-2018 a week at a time.
void BM_StateAt(benchmark::State& state) {
    const auto& c = realCorpus();
    ta::corpus::TimelineState out;
    const ta::Day from = ta::dayFromCivil(2012, 1, 1), to = ta::dayFromCivil(2018, 12, 31);
    ta::Day day = from;
    for (auto _ : state) {
        ta::corpus::stateAt(c, day, out);
        benchmark::DoNotOptimize(out);
        day = day + 7 > to ? from : day + 7;
    }
}
BENCHMARK(BM_StateAt)->Unit(benchmark::kMicrosecond);

}  // namespace
