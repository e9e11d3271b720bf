#pragma once
// "Where did Russian military police enter? Where were fighters sent north?": the places whose
// agreements hold a chosen clause category, for colouring the map. Pure: no ImGui, no GL.

#include "date.hpp"
#include "filters.hpp"
#include "model.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ta::explore {

struct CategoryHolding {
    std::string category;              // the category id asked for
    std::vector<uint32_t> events;      // events (passing the filters) with a clause in it, by day
    std::vector<int32_t> firstEvent;   // per corpus place: the earliest of those naming it, else -1
    size_t placeCount = 0;             // places with firstEvent >= 0

    bool holds(size_t place) const { return place < firstEvent.size() && firstEvent[place] >= 0; }
};

/// The places named by an event that passes `filters`, has a clause in `category` and, when
/// `upTo` is given, happened on or before that day (so scrubbing the timeline shows the spread).
/// An unknown category gives no places.
CategoryHolding placesHoldingCategory(const corpus::Corpus& corpus, std::string_view category, const Filters& filters,
                                      std::optional<Day> upTo = std::nullopt);

/// True when one of the event's clauses is in `category`.
bool eventHoldsCategory(const corpus::Event& event, std::string_view category);

}  // namespace ta::explore
