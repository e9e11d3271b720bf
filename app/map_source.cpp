#include "map_source.hpp"

#include "base_map.hpp"
#include "error.hpp"

namespace ta {

namespace {

std::string attributionFor(const std::string& path) {
    if (path.find("geoBoundaries") != std::string::npos) return "geoBoundaries / UN OCHA (CC BY 3.0 IGO)";
    if (path.find("cod-ab") != std::string::npos || path.find("syr_admbnd") != std::string::npos) return "UN OCHA COD-AB (CC BY 3.0 IGO)";
    return "Boundaries: " + LayerSpec::parse(path).path;
}

}  // namespace

MapData loadMap(const MapOptions& options, const Projection& projection) {
    BaseMap base = loadNaturalEarthBaseMap(findDefaultGeodata(), projection);
    for (const std::string& spec : options.boundaries)
        useBoundaries(base, loadVectorLayer(LayerSpec::parse(spec), projection), attributionFor(spec));
    return prepareMapData(std::move(base));
}

Camera initialCamera(const MapOptions& options, const MapData& map, const Projection& projection, double widthPx, double heightPx) {
    const BBox box = options.view ? projection.forward(options.view->west, options.view->south, options.view->east, options.view->north)
                                  : map.syriaBounds;
    return Camera::fit(box, widthPx, heightPx, options.view ? 0.0 : 0.04);
}

}  // namespace ta
