#include "area_status.hpp"

#include "area_join.hpp"

namespace ta {

int statusRank(corpus::Status status) {
    switch (status) {
        case corpus::Status::None: return 0;
        case corpus::Status::Collapsed: return 1;
        case corpus::Status::Truce: return 2;
        case corpus::Status::Deescalation: return 3;
        case corpus::Status::Settled: return 4;
        case corpus::Status::Evacuated: return 5;
    }
    return 0;
}

AreaStatusJoin joinAreaStatus(const MapData& map, const corpus::Corpus& corpus, const corpus::TimelineState& state,
                              const CorpusGeometry& geometry) {
    AreaStatusJoin join;
    join.placeArea.assign(geometry.places.size(), -1);
    join.areaPlace.assign(map.boundaries.size(), -1);
    for (size_t l = 0; l < map.adminLayers.size() && l < map.base.adminLayers.size(); ++l) {
        const MapAdminLayer& layer = map.adminLayers[l];
        if (layer.level < kStatusAreaMinLevel) continue;
        const std::vector<int> inside = joinPointsToAreas(geometry.places, map.base.adminLayers[l].data.layer.features);
        for (size_t p = 0; p < inside.size() && p < state.places.size() && p < corpus.places().size(); ++p) {
            if (inside[p] < 0 || corpus.eventsOfPlace(p).empty()) continue;
            const int area = static_cast<int>(layer.begin) + inside[p];
            join.placeArea[p] = area;  // layers run coarse to fine: the finest wins
            int& decider = join.areaPlace[static_cast<size_t>(area)];
            if (decider < 0 || statusRank(state.places[p].status) > statusRank(state.places[static_cast<size_t>(decider)].status))
                decider = static_cast<int>(p);
        }
    }
    return join;
}

}  // namespace ta
