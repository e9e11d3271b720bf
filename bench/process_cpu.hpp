#pragma once
// CPU time of the whole process per benchmark iteration, every thread included (llvmpipe draws on
// its own threads, which the library's CPU column does not see). On a shared machine the wall time
// depends on the other load; this much less. Reported as the counter cpu_ms.

#include <benchmark/benchmark.h>

#include <sys/resource.h>

namespace ta::bench {

inline double processCpuSeconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

/// Construct before the benchmark loop; sets counters["cpu_ms"] when the loop is done.
class CpuPerIteration {
public:
    explicit CpuPerIteration(benchmark::State& state) : m_state(state), m_cpu0(processCpuSeconds()) {}
    ~CpuPerIteration() {
        if (m_state.iterations() > 0)
            m_state.counters["cpu_ms"] = (processCpuSeconds() - m_cpu0) * 1000 / static_cast<double>(m_state.iterations());
    }
    CpuPerIteration(const CpuPerIteration&) = delete;
    CpuPerIteration& operator=(const CpuPerIteration&) = delete;

private:
    benchmark::State& m_state;
    double m_cpu0;
};

}  // namespace ta::bench
