#include "user_layer_scene.hpp"

#include "area_join.hpp"

#include <algorithm>

namespace ta {

void appendUserLayers(const MapData& data, const Style& style, Scene& scene) {
    for (size_t l = 0; l < data.userLayers.size(); ++l) {
        const MapUserLayer& layer = data.userLayers[l];
        const bool categorical = !layer.categories.empty() || std::any_of(layer.category.begin(), layer.category.end(), [](int c) { return c >= 0; });
        // Later layers' labels win collisions: they are drawn on top.
        const float labelPriority = static_cast<float>(l + 1);
        for (size_t i = 0; i < layer.features.size(); ++i) {
            const MapArea& f = layer.features[i];
            const int category = i < layer.category.size() ? layer.category[i] : -1;
            const bool hasFill = categorical && category >= 0;
            const Rgba color = categorical ? style.categoryColor(category) : style.userFill;
            if (f.mesh && !f.mesh->indices.empty()) {
                scene.fills.push_back({f.mesh, color, f.meshLods, {}});
                scene.lines.push_back({f.outline, true, style.userOutlinePx, style.userOutline, f.outlineLods, {}});
            }
            if (f.lines && !f.lines->empty())
                scene.lines.push_back({f.lines, false, style.userLinePx, hasFill ? color : style.userLine, f.lineLods, {}});
            for (Vec2 p : f.feature->points) {
                Marker m;
                m.position = p;
                m.radiusPx = style.userPointRadiusPx;
                m.fill = hasFill ? color : style.userPoint;
                m.stroke = style.placeStroke;
                m.strokePx = 0.8f;
                scene.markers.push_back(m);
            }
            if (i < layer.labels.size() && !layer.labels[i].empty()) {
                Label label;
                label.anchor = interiorPoint(*f.feature);
                label.text = layer.labels[i];
                label.color = style.userLabel;
                label.halo = style.userLabelHalo;
                label.priority = labelPriority;
                // Beside a point symbol, centred on an area or a line.
                label.offsetPx = f.feature->points.empty() ? 0.f : style.userPointRadiusPx + 2.f;
                scene.labels.push_back(std::move(label));
            }
        }
    }
}

}  // namespace ta
