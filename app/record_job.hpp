#pragma once
// A recording running on a worker thread, for the window: the worker has its own EGL context and
// its own copy of the map (HeadlessMap), so the window keeps drawing and answering while frames are
// rendered and encoded. Progress and the outcome are read from the UI thread between frames.

#include "recorder.hpp"

#include <atomic>
#include <mutex>
#include <string>
#include <thread>

namespace ta {

class RecordJob {
public:
    /// Starts recording `request` at once on a new thread.
    explicit RecordJob(RecordRequest request);
    /// Cancels a recording still running and waits for the thread (nothing is left under the name).
    ~RecordJob();
    RecordJob(const RecordJob&) = delete;
    RecordJob& operator=(const RecordJob&) = delete;

    void cancel() { m_cancel.store(true); }
    bool running() const { return !m_done.load(); }
    int framesEncoded() const { return m_encoded.load(); }
    int frameCount() const { return m_total.load(); }
    double elapsedSeconds() const { return m_elapsedMs.load() / 1000.0; }
    const RecordRequest& request() const { return m_request; }

    enum class Outcome { Running, Finished, Cancelled, Failed };
    Outcome outcome() const;
    /// Why it failed ("" otherwise).
    std::string error() const;

private:
    RecordRequest m_request;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_done{false};
    std::atomic<int> m_encoded{0}, m_total{0};
    std::atomic<int64_t> m_elapsedMs{0};
    mutable std::mutex m_mutex;  // guards the two fields below
    Outcome m_outcome = Outcome::Running;
    std::string m_error;
    std::thread m_thread;        // last: starts once everything above exists
};

}  // namespace ta
