#pragma once
// Sub-districts coloured by the status of the corpus places inside them at the date. Each place is
// joined to the area holding it (point in polygon) for every administrative layer fine enough to
// show local truces (sub-districts and finer); an area takes the colour of its place that has gone
// furthest along the reconciliation path (none < collapsed < truce < de-escalation < settled <
// evacuated), so one evacuated town marks its sub-district as evacuated.

#include "corpus_layer.hpp"
#include "map_data.hpp"
#include "timeline.hpp"

#include <vector>

namespace ta {

/// How the scene shows the corpus's statuses on areas.
enum class AreaStatusMode {
    Off,      // points only
    Besides,  // coloured areas and points (default)
    Instead,  // coloured areas; points only for places outside every coloured area
};

/// Administrative levels whose areas are coloured by status.
inline constexpr int kStatusAreaMinLevel = 3;

/// Higher ranks decide an area's colour.
int statusRank(corpus::Status status);

struct AreaStatusJoin {
    std::vector<int> placeArea;  // per corpus place: index into MapData::boundaries (finest coloured layer), or -1
    std::vector<int> areaPlace;  // per boundary: the place deciding its colour, or -1 (not coloured)
};

/// The join at `state`; only places the corpus has events for count. Pure.
AreaStatusJoin joinAreaStatus(const MapData& map, const corpus::Corpus& corpus, const corpus::TimelineState& state,
                              const CorpusGeometry& geometry);

}  // namespace ta
