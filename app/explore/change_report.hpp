#pragma once
// "What did 2016 do to the Damascus countryside?": between two dates, the places whose status
// changed, the agreements signed, the other events, and the people moved; all under the explorer's
// filters. Built on corpus::changesBetween. Pure: no ImGui, no GL.

#include "date.hpp"
#include "filters.hpp"
#include "model.hpp"
#include "timeline.hpp"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace ta::explore {

/// One movement of people in the interval (a flow of an event whose flows were carried out).
struct MovedPeople {
    uint32_t event = 0;  // index into corpus.events()
    uint32_t flow = 0;   // index into that event's flows
    Day day;
    std::optional<int64_t> count;
};

struct ChangeReport {
    Day from;  // exclusive
    Day to;    // inclusive
    std::vector<corpus::StatusChange> places;  // status at `to` differs from that at `from`
    std::vector<uint32_t> agreements;          // truces, agreements, accessions, settlements signed in (from, to]
    std::vector<uint32_t> otherEvents;         // the rest of the events in (from, to]
    std::vector<MovedPeople> moves;            // by day
    int64_t peopleMoved = 0;  // counted flows, plus evacuations without counted flows (as changesBetween)
    bool empty() const { return places.empty() && agreements.empty() && otherEvents.empty() && moves.empty(); }
};

/// The event kinds listed as "agreements signed".
bool isAgreementKind(std::string_view kind);

/// The report for the interval between `a` and `b` (swapped when b < a). Events count when they
/// pass `filters`; a changed place counts when one of its events passes (passingPlaces); a move
/// when its event passes. With inactive filters the lists are exactly changesBetween's.
ChangeReport buildChangeReport(const corpus::Corpus& corpus, Day a, Day b, const Filters& filters);

/// One flag per corpus place: 1 for the report's changed places (for marking them on the map).
std::vector<uint8_t> changedPlaceMask(const ChangeReport& report, size_t placeCount);

}  // namespace ta::explore
