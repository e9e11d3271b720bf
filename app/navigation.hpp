#pragma once
// Pure answers to "which event?" questions the panes ask: a place's or a case's latest event at a
// date, the previous/next event for the arrow keys, the area a case covers. No ImGui, no GL.

#include "corpus_layer.hpp"
#include "filters.hpp"
#include "model.hpp"

#include <optional>

namespace ta {

/// Of `events` (indices into corpus.events(), in day order), the last one on or before `day`;
/// without one, the first; -1 when the list is empty.
int latestEventOnOrBefore(const corpus::Corpus& corpus, const std::vector<uint32_t>& events, Day day);

/// The place's latest event on or before `day` (else its first event), -1 if it has none.
int latestEventOfPlace(const corpus::Corpus& corpus, size_t placeIndex, Day day);
/// The case's latest event on or before `day` (else its first event), -1 if it has none.
int latestEventOfCase(const corpus::Corpus& corpus, size_t caseIndex, Day day);

/// The event the arrow keys step to from the current date: `direction` +1 for the next, -1 for the
/// previous, among the events that pass `filters`. When `selected` lies on `day`, stepping starts
/// from it, so events sharing a day are visited one by one. nullopt when there is none that way.
std::optional<int> stepEvent(const corpus::Corpus& corpus, const Filters& filters, Day day, int selected, int direction);

/// The case's index in corpus.cases() for an event, -1 for the study's general events.
int caseOfEvent(const corpus::Corpus& corpus, size_t eventIndex);

/// The projected extent of a case: its places, and the places its events name.
BBox caseBounds(const corpus::Corpus& corpus, const CorpusGeometry& geometry, size_t caseIndex);
/// The projected extent of an event's places.
BBox eventBounds(const corpus::Corpus& corpus, const CorpusGeometry& geometry, size_t eventIndex);

}  // namespace ta
