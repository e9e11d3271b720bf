#include "record_job.hpp"

#include <sstream>

namespace ta {

RecordJob::RecordJob(RecordRequest request) : m_request(std::move(request)) {
    m_thread = std::thread([this] {
        Outcome outcome = Outcome::Failed;
        std::string error;
        try {
            std::ostringstream warnings;
            const RecordResult r = record(m_request, m_cancel, [this](const RecordProgress& p) {
                m_encoded.store(p.framesEncoded);
                m_total.store(p.frameCount);
                m_elapsedMs.store(static_cast<int64_t>(p.elapsedSeconds * 1000));
            }, warnings);
            outcome = r == RecordResult::Finished ? Outcome::Finished : Outcome::Cancelled;
        } catch (const std::exception& e) {
            error = e.what();
        }
        {
            std::lock_guard lock(m_mutex);
            m_outcome = outcome;
            m_error = error;
        }
        m_done.store(true);
    });
}

RecordJob::~RecordJob() {
    m_cancel.store(true);
    if (m_thread.joinable()) m_thread.join();
}

RecordJob::Outcome RecordJob::outcome() const {
    std::lock_guard lock(m_mutex);
    return m_outcome;
}

std::string RecordJob::error() const {
    std::lock_guard lock(m_mutex);
    return m_error;
}

}  // namespace ta
