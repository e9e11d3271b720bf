#pragma once
#include "app_context.hpp"

namespace ta {
/// Full-text search over places, parties, cases, zones, events and clauses, in English and Arabic
/// (diacritics ignored). Up/Down choose a hit, Enter selects it; so does a click.
void drawSearchPane(AppContext& app);

/// Selects what a result stands for (posts commands): an event or clause selects the event and
/// moves the date and the map to it; a place, a case, a zone or a party selects it or its latest event.
void selectSearchResult(AppContext& app, const explore::SearchResult& result);
}  // namespace ta
