#include "map_source.hpp"

#include "base_map.hpp"
#include "error.hpp"

#include <algorithm>

namespace ta {

MapData loadMap(const MapOptions& options, const Projection& projection, SourceErrors errors, const GeometryCache& cache) {
    BaseMap base;
    // "It can render any map": only --layer given, just those layers. Event layers (time=) alone are
    // drawn over the default map, which is what dated events need to be read against.
    const bool onlyEvents = std::all_of(options.layers.begin(), options.layers.end(),
                                        [](const std::string& t) { return !LayerSpec::parse(t).timeField.empty(); });
    if (options.boundaries.empty() && !options.layers.empty() && !onlyEvents) base.layersOnly = true;
    else base = loadNaturalEarthBaseMap(findDefaultGeodata(), projection, cache);

    auto attempt = [&](const std::string& text, auto&& load) {
        try {
            load(LayerSpec::parse(text));
        } catch (const Error& e) {
            if (errors == SourceErrors::Throw) throw;
            base.errors.push_back(e.what());
        }
    };
    for (const std::string& text : options.boundaries) {
        attempt(text, [&](const LayerSpec& spec) {
            AdminLayer layer{loadPreparedLayer(spec, projection, {}, cache), text, attributionForSource(spec.path)};
            addAdminLayer(base, std::move(layer));
        });
    }
    for (const std::string& text : options.layers) {
        attempt(text, [&](const LayerSpec& spec) {
            if (!spec.timeField.empty()) {
                EventPoints events = loadEventPoints(spec, projection);
                events.windowDays = options.timeWindowDays;
                base.warnings.insert(base.warnings.end(), events.warnings.begin(), events.warnings.end());
                base.eventLayers.push_back(std::make_shared<const EventPoints>(std::move(events)));
                return;
            }
            UserLayer layer = loadUserLayer(spec, projection, cache);
            base.warnings.insert(base.warnings.end(), layer.data.layer.warnings.begin(), layer.data.layer.warnings.end());
            const std::string attribution = attributionForSource(spec.path);
            if (attribution.rfind("Boundaries: ", 0) != 0 &&
                std::find(base.attribution.begin(), base.attribution.end(), attribution) == base.attribution.end())
                base.attribution.push_back(attribution);
            base.userLayers.push_back(std::move(layer));
        });
    }
    if (base.layersOnly && base.userLayers.empty() && base.eventLayers.empty())
        throw Error("--layer", "none of the layers could be loaded:\n  " + [&] {
            std::string all;
            for (const std::string& e : base.errors) all += (all.empty() ? "" : "\n  ") + e;
            return all;
        }());
    return prepareMapData(std::move(base));
}

Camera initialCamera(const MapOptions& options, const MapData& map, const Projection& projection, double widthPx, double heightPx) {
    const BBox box = options.view ? projection.forward(options.view->west, options.view->south, options.view->east, options.view->north)
                                  : map.syriaBounds;
    return Camera::fit(box, widthPx, heightPx, options.view ? 0.0 : 0.04);
}

}  // namespace ta
