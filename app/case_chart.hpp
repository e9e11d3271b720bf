#pragma once
// The cases chart's data, computed once per corpus: for each of the study's cases, the status of its
// places over time as segments (truce, de-escalation, settled, ...), its events, its first agreement
// and its final settlement. Pure; the cases pane only draws it.

#include "model.hpp"
#include "timeline.hpp"

#include <optional>
#include <vector>

namespace ta {

/// Days [from, to) in which the case's places mostly held `status`.
struct CaseSegment {
    Day from;
    Day to;
    corpus::Status status = corpus::Status::None;
    friend bool operator==(const CaseSegment&, const CaseSegment&) = default;
};

struct CaseRow {
    size_t caseIndex = 0;                // into corpus.cases()
    std::vector<CaseSegment> segments;   // in order, not overlapping; "none" stretches left out
    std::vector<uint32_t> events;        // into corpus.events(), in day order
    std::optional<Day> firstAgreement;   // the first truce, agreement, accession or settlement not refused
    std::optional<Day> finalSettlement;  // the first final settlement (isSettlement)
    /// Days from the first agreement to the final settlement, when the case has both.
    std::optional<int32_t> daysToSettlement() const;
};

/// True for the kinds that count as an agreement on the chart (truce, agreement, deescalation,
/// final_settlement) when the outcome is not "refused".
bool isAgreement(const corpus::Event& event);

/// True for a final settlement, and for an agreement or evacuation the corpus marks as settling
/// its places (status "settled" or "evacuated").
bool isSettlement(const corpus::Event& event);

/// The status a case shows on a day: the one most of its places hold (ties go to the further-along
/// status: evacuated > settled > de-escalation > truce > collapsed > none).
corpus::Status caseStatus(const corpus::TimelineState& state, const std::vector<size_t>& places);

/// The case's places as indices: its own list, else the places its events name.
std::vector<size_t> casePlaces(const corpus::Corpus& corpus, size_t caseIndex);

/// One row per case, in the study's order, over the days [from, to).
std::vector<CaseRow> buildCaseRows(const corpus::Corpus& corpus, Day from, Day to);

}  // namespace ta
