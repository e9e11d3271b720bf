#include "explore/change_report.hpp"

#include "explore/filter_sets.hpp"

#include <algorithm>

namespace ta::explore {

bool isAgreementKind(std::string_view kind) {
    return kind == "truce" || kind == "agreement" || kind == "deescalation" || kind == "final_settlement";
}

ChangeReport buildChangeReport(const corpus::Corpus& corpus, Day a, Day b, const Filters& filters) {
    const corpus::Changes changes = corpus::changesBetween(corpus, a, b);
    const std::vector<uint8_t> eventPass = passingEvents(filters, corpus);
    const std::vector<uint8_t> placePass = passingPlaces(filters, corpus);

    ChangeReport r;
    r.from = changes.from;
    r.to = changes.to;
    for (const corpus::StatusChange& c : changes.places)
        if (placePass[c.place]) r.places.push_back(c);
    for (uint32_t e : changes.events) {
        if (!eventPass[e]) continue;
        const corpus::Event& event = corpus.events()[e];
        (isAgreementKind(event.kind) ? r.agreements : r.otherEvents).push_back(e);
        // changesBetween counts the people of an evacuation without counted flows at its own day.
        const bool counted = std::any_of(event.flows.begin(), event.flows.end(), [](const corpus::Flow& f) { return f.count.has_value(); });
        if (!counted) r.peopleMoved += corpus::peopleMoved(event);
    }
    // Flows have their own days, which may fall outside their event's interval.
    for (const corpus::Corpus::FlowRef& f : corpus.flows()) {
        if (f.day <= r.from || f.day > r.to || !eventPass[f.event]) continue;
        const corpus::Event& event = corpus.events()[f.event];
        if (!corpus::flowsCarriedOut(event)) continue;
        const std::optional<int64_t>& count = event.flows[f.flow].count;
        r.moves.push_back({f.event, f.flow, f.day, count});
        if (count) r.peopleMoved += *count;
    }
    return r;
}

std::vector<uint8_t> changedPlaceMask(const ChangeReport& report, size_t placeCount) {
    std::vector<uint8_t> mask(placeCount, 0);
    for (const corpus::StatusChange& c : report.places)
        if (c.place < placeCount) mask[c.place] = 1;
    return mask;
}

}  // namespace ta::explore
