// The explorer's per-frame and on-demand work on the real corpus: building the private search
// index (once, on the first search), a search, the clause matrix, the "what changed" report and the
// map emphasis (every frame while their panes are open). Report medians and spread:
//   build/bench/explore_bench --benchmark_repetitions=10 --benchmark_report_aggregates_only=true

#include "explore/category_map.hpp"
#include "explore/change_report.hpp"
#include "explore/clause_matrix.hpp"
#include "explore/filter_sets.hpp"
#include "explore/search_index.hpp"
#include "load_corpus.hpp"

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace {

const ta::corpus::Corpus& realCorpus() {
    static const ta::corpus::Corpus corpus = [] {
        ta::corpus::LoadResult r = ta::corpus::loadCorpus(std::filesystem::path(TA_SOURCE_DIR) / "corpus" / "data");
        if (!r.corpus) {
            std::cerr << r.diagnostics.formatAll();
            std::exit(1);
        }
        return std::move(*r.corpus);
    }();
    return corpus;
}

void BM_BuildSearchIndex(benchmark::State& state) {
    const auto& c = realCorpus();
    for (auto _ : state) {
        ta::explore::SearchIndex index(c);
        benchmark::DoNotOptimize(&index);
    }
}
BENCHMARK(BM_BuildSearchIndex)->Unit(benchmark::kMillisecond);

void BM_Search(benchmark::State& state) {
    const auto& c = realCorpus();
    ta::explore::SearchIndex index(c);
    for (auto _ : state) benchmark::DoNotOptimize(index.search("داريّا"));
}
BENCHMARK(BM_Search)->Unit(benchmark::kMicrosecond);

void BM_ClauseMatrix(benchmark::State& state) {
    const auto& c = realCorpus();
    for (auto _ : state) benchmark::DoNotOptimize(ta::explore::buildClauseMatrix(c, {}));
}
BENCHMARK(BM_ClauseMatrix)->Unit(benchmark::kMicrosecond);

void BM_ChangeReportYear(benchmark::State& state) {
    const auto& c = realCorpus();
    ta::Filters f;
    f.governorates = {"rif-dimashq"};
    for (auto _ : state)
        benchmark::DoNotOptimize(ta::explore::buildChangeReport(c, ta::dayFromCivil(2016, 1, 1), ta::dayFromCivil(2016, 12, 31), f));
}
BENCHMARK(BM_ChangeReportYear)->Unit(benchmark::kMicrosecond);

void BM_CategoryAndFilteredPlaces(benchmark::State& state) {
    const auto& c = realCorpus();
    ta::Filters f;
    f.guarantors = {"russia"};
    for (auto _ : state) {
        benchmark::DoNotOptimize(ta::explore::placesHoldingCategory(c, "russian_military_police", f));
        benchmark::DoNotOptimize(ta::explore::passingPlaces(f, c));
    }
}
BENCHMARK(BM_CategoryAndFilteredPlaces)->Unit(benchmark::kMicrosecond);

}  // namespace
