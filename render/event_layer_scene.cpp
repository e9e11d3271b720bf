#include "event_layer_scene.hpp"

#include "event_points.hpp"

namespace ta {

void appendEventLayers(const MapData& data, double day, const Style& style, Scene& scene) {
    for (const auto& points : data.base.eventLayers)
        scene.events.push_back({points, day, points->windowDays, style.eventPoint, style.eventPointRadiusPx, style.eventOldestAlpha});
}

}  // namespace ta
