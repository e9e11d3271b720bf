#include "case_chart.hpp"

#include <algorithm>
#include <array>

namespace ta {

namespace {

int rank(corpus::Status s) {
    using S = corpus::Status;
    switch (s) {
        case S::Evacuated: return 5;
        case S::Settled: return 4;
        case S::Deescalation: return 3;
        case S::Truce: return 2;
        case S::Collapsed: return 1;
        case S::None: return 0;
    }
    return 0;
}

}  // namespace

std::optional<int32_t> CaseRow::daysToSettlement() const {
    if (!firstAgreement || !finalSettlement) return std::nullopt;
    return *finalSettlement - *firstAgreement;
}

bool isAgreement(const corpus::Event& e) {
    const bool kind = e.kind == "truce" || e.kind == "agreement" || e.kind == "deescalation" || e.kind == "final_settlement";
    return kind && e.outcome != "refused";
}

bool isSettlement(const corpus::Event& e) {
    // al-Waer's settlement of March 2017 is an "agreement" in kind that the corpus marks as settling
    // the district (status = "settled"); the chart counts it as the final settlement too.
    return e.kind == "final_settlement" || ((e.kind == "agreement" || e.kind == "evacuation") && (e.status == "settled" || e.status == "evacuated"));
}

corpus::Status caseStatus(const corpus::TimelineState& state, const std::vector<size_t>& places) {
    std::array<int, 6> votes{};
    for (size_t p : places)
        if (p < state.places.size()) ++votes[static_cast<size_t>(rank(state.places[p].status))];
    int best = 0;
    for (int r = 1; r < 6; ++r)
        if (votes[static_cast<size_t>(r)] >= votes[static_cast<size_t>(best)] && votes[static_cast<size_t>(r)] > 0) best = r;
    using S = corpus::Status;
    constexpr S byRank[] = {S::None, S::Collapsed, S::Truce, S::Deescalation, S::Settled, S::Evacuated};
    return byRank[best];
}

std::vector<size_t> casePlaces(const corpus::Corpus& corpus, size_t caseIndex) {
    std::vector<size_t> out;
    auto add = [&](const std::string& id) {
        const int p = corpus.placeIndex(id);
        if (p >= 0 && std::find(out.begin(), out.end(), static_cast<size_t>(p)) == out.end()) out.push_back(static_cast<size_t>(p));
    };
    for (const std::string& id : corpus.cases()[caseIndex].places) add(id);
    if (out.empty())
        for (uint32_t e : corpus.eventsOfCase(caseIndex))
            for (const std::string& id : corpus.events()[e].places) add(id);
    return out;
}

std::vector<CaseRow> buildCaseRows(const corpus::Corpus& corpus, Day from, Day to) {
    std::vector<CaseRow> rows(corpus.cases().size());
    std::vector<std::vector<size_t>> places(rows.size());
    for (size_t c = 0; c < rows.size(); ++c) {
        CaseRow& row = rows[c];
        row.caseIndex = c;
        row.events = corpus.eventsOfCase(c);
        places[c] = casePlaces(corpus, c);
        for (uint32_t e : row.events) {
            const corpus::Event& ev = corpus.events()[e];
            if (!row.firstAgreement && isAgreement(ev)) row.firstAgreement = ev.day();
            if (!row.finalSettlement && isSettlement(ev)) row.finalSettlement = ev.day();
        }
    }
    // Day by day: the timeline's rules (collapses, zones, flows) decide, not a copy of them here.
    // About 3,000 days of a few hundred places: milliseconds, once per corpus.
    corpus::TimelineState state;
    for (Day d = from; d < to; d = d + 1) {
        corpus::stateAt(corpus, d, state);
        for (size_t c = 0; c < rows.size(); ++c) {
            const corpus::Status s = caseStatus(state, places[c]);
            auto& segs = rows[c].segments;
            if (!segs.empty() && segs.back().to == d && segs.back().status == s) {
                segs.back().to = d + 1;
            } else if (s != corpus::Status::None) {
                segs.push_back({d, d + 1, s});
            }
        }
    }
    return rows;
}

}  // namespace ta
