#pragma once
// The explorer's filters (app/filters.hpp) applied to whole collections: which events and places
// pass, and which values the filters pane offers. Pure: no ImGui, no GL.

#include "filters.hpp"
#include "model.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace ta::explore {

/// eventPasses() for every event, one flag per corpus.events().
std::vector<uint8_t> passingEvents(const Filters& filters, const corpus::Corpus& corpus);

/// One flag per corpus.places(): 1 when at least one of the place's events passes. A place named by
/// no event passes only while the filters are inactive.
std::vector<uint8_t> passingPlaces(const Filters& filters, const corpus::Corpus& corpus);

/// The values worth offering in the filters pane: those the corpus's events use, in a stable order
/// (taxonomy order for kinds, corpus order for actors and governorates, ascending numbers).
struct FilterChoices {
    std::vector<std::string> kinds;         // event kinds used by at least one event
    std::vector<std::string> guarantors;    // actors named as guarantor or mediator of an event
    std::vector<std::string> governorates;  // governorates of the events' places (or of their case)
    std::vector<int> models;                // the study's models
    std::vector<int> priorities;            // the study's priorities
};
FilterChoices filterChoices(const corpus::Corpus& corpus);

/// How many events pass (for the pane's "n of m events" line).
size_t countPassing(const Filters& filters, const corpus::Corpus& corpus);

/// Adds `value` to `list` when absent, removes it when present (a checkbox in the pane).
template <class T, class U>
void toggle(std::vector<T>& list, const U& value) {
    for (auto it = list.begin(); it != list.end(); ++it)
        if (*it == value) {
            list.erase(it);
            return;
        }
    list.push_back(T(value));
}

}  // namespace ta::explore
