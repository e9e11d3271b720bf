#include "map_pick.hpp"

namespace ta {

int pickPlace(const corpus::Corpus& corpus, const CorpusGeometry& geometry, const Camera& camera, Vec2 mousePx, double radiusPx) {
    int best = -1;
    double bestD = radiusPx;
    for (size_t i = 0; i < geometry.places.size() && i < corpus.places().size(); ++i) {
        if (corpus.eventsOfPlace(i).empty()) continue;  // the scene draws only places events name
        const double d = length(camera.worldToScreen(geometry.places[i]) - mousePx);
        if (d <= bestD) bestD = d, best = static_cast<int>(i);
    }
    return best;
}

}  // namespace ta
