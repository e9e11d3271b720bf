#pragma once
// Which events the exploration panes show. An empty list means "no restriction" for that field;
// the filters combine with AND across fields and OR within one. build-compare owns the filters
// pane and may add fields here; every pane that lists events asks `eventPasses` (the timeline's
// ticks and histogram, the arrow-key steps, the cases chart's ticks).

#include "model.hpp"

#include <string>
#include <vector>

namespace ta {

struct Filters {
    std::vector<std::string> kinds;         // event_kind ids
    std::vector<std::string> guarantors;    // actor ids named as the event's guarantors
    bool mediatorsCount = false;            // a guarantor filter also accepts the actor as mediator
    std::vector<std::string> governorates;  // governorate ids (an event passes if one of its places lies there;
                                            // an event without places, if its case does)
    std::vector<int> models;                // 1..3
    std::vector<int> priorities;            // 1..7 (an event passes if the priority lists it; the study's
                                            // case links are too broad: a case's breaches are not its priority)
    bool dimFiltered = false;               // map: dim the places whose events all fail instead of hiding them

    bool active() const { return !kinds.empty() || !guarantors.empty() || !governorates.empty() || !models.empty() || !priorities.empty(); }
    friend bool operator==(const Filters&, const Filters&) = default;
};

/// True when the event at `eventIndex` (into corpus.events()) passes every active field.
bool eventPasses(const Filters& filters, const corpus::Corpus& corpus, size_t eventIndex);

}  // namespace ta
