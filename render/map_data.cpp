#include "map_data.hpp"

#include "admin_levels.hpp"
#include "categories.hpp"

#include <memory>

namespace ta {

namespace {

MapArea makeArea(const Feature& f, const std::vector<AreaLod>& lods) {
    MapArea a;
    a.id = f.id;
    a.nameEn = f.nameEn;
    a.nameAr = f.nameAr;
    a.feature = &f;
    for (size_t k = 0; k < lods.size(); ++k) {
        // Levels that simplification left unchanged share the finer one's geometry.
        if (k > 0 && lods[k].vertexCount() == lods[k - 1].vertexCount() && lods[k].mesh.indices.size() == lods[k - 1].mesh.indices.size()) {
            a.meshLods.push_back(a.meshLods.back());
            a.outlineLods.push_back(a.outlineLods.back());
            a.lineLods.push_back(a.lineLods.back());
            continue;
        }
        a.meshLods.push_back(std::make_shared<TriangleMesh>(lods[k].mesh));
        a.outlineLods.push_back(std::make_shared<std::vector<Ring>>(lods[k].rings));
        a.lineLods.push_back(std::make_shared<std::vector<Ring>>(lods[k].lines));
    }
    if (a.meshLods.empty()) {
        a.meshLods.push_back(std::make_shared<TriangleMesh>());
        a.outlineLods.push_back(std::make_shared<std::vector<Ring>>());
        a.lineLods.push_back(std::make_shared<std::vector<Ring>>());
    }
    a.mesh = a.meshLods.front();
    a.outline = a.outlineLods.front();
    a.lines = a.lineLods.front();
    return a;
}

std::vector<MapArea> prepareAreas(const PreparedLayer& layer) {
    std::vector<MapArea> areas;
    areas.reserve(layer.layer.features.size());
    for (size_t i = 0; i < layer.layer.features.size(); ++i)
        areas.push_back(makeArea(layer.layer.features[i], i < layer.lods.size() ? layer.lods[i] : std::vector<AreaLod>{}));
    return areas;
}

MapUserLayer prepareUserLayer(const UserLayer& layer) {
    MapUserLayer out;
    out.source = layer.spec.display();
    out.features = prepareAreas(layer.data);
    const auto& features = layer.data.layer.features;
    if (layer.fillAttribute >= 0) {
        std::vector<std::string> values;
        for (const Feature& f : features) values.push_back(f.attributes.at(static_cast<size_t>(layer.fillAttribute)));
        Categories c = categorize(values);
        out.categories = std::move(c.values);
        out.category = std::move(c.index);
    } else {
        out.category.assign(features.size(), -1);
    }
    for (const Feature& f : features)
        out.labels.push_back(layer.labelAttribute >= 0 ? f.attributes.at(static_cast<size_t>(layer.labelAttribute)) : std::string());
    return out;
}

}  // namespace

int MapData::adminLayerAt(double metresPerPixel) const {
    for (size_t i = 0; i < adminLayers.size(); ++i)
        if (adminLayers[i].scales.contains(metresPerPixel)) return static_cast<int>(i);
    return adminLayers.empty() ? -1 : 0;
}

int MapData::boundaryAt(Vec2 world, double metresPerPixel) const {
    size_t begin = 0, end = boundaries.size();
    if (metresPerPixel > 0) {
        const int layer = adminLayerAt(metresPerPixel);
        if (layer < 0) return -1;
        begin = adminLayers[static_cast<size_t>(layer)].begin;
        end = adminLayers[static_cast<size_t>(layer)].end;
    }
    int found = -1;
    for (size_t i = begin; i < end; ++i)
        if (boundaries[i].feature && contains(*boundaries[i].feature, world)) found = static_cast<int>(i);  // finest last
    return found;
}

std::vector<int> MapData::areasAt(Vec2 world) const {
    std::vector<int> out;
    for (const MapAdminLayer& layer : adminLayers) {
        int found = -1;
        for (size_t i = layer.begin; i < layer.end && found < 0; ++i)
            if (boundaries[i].feature && contains(*boundaries[i].feature, world)) found = static_cast<int>(i);
        out.push_back(found);
    }
    return out;
}

MapData prepareMapData(BaseMap base) {
    MapData data;
    data.base = std::move(base);
    // Features live in data.base from here on, so the areas' feature pointers stay valid.
    data.neighbours = prepareAreas(data.base.neighbours);
    data.syria = prepareAreas(data.base.syria);
    std::vector<int> levels;
    for (const AdminLayer& layer : data.base.adminLayers) levels.push_back(layer.level());
    const std::vector<ScaleBand> bands = adminLayerScaleBands(levels);
    for (size_t i = 0; i < data.base.adminLayers.size(); ++i) {
        const AdminLayer& layer = data.base.adminLayers[i];
        MapAdminLayer range;
        range.level = layer.level();
        range.source = layer.source;
        range.begin = data.boundaries.size();
        for (MapArea& a : prepareAreas(layer.data)) data.boundaries.push_back(std::move(a));
        range.end = data.boundaries.size();
        range.scales = {bands[i].lo, bands[i].hi};
        data.adminLayers.push_back(range);
    }
    for (const UserLayer& layer : data.base.userLayers) data.userLayers.push_back(prepareUserLayer(layer));

    data.lodTolerancesM = kDefaultTolerancesM;  // every layer is prepared (and cached) with these

    for (const Feature& f : data.base.syria.layer.features) data.syriaBounds.extend(f.bounds);
    if (data.syriaBounds.empty())
        for (const MapArea& a : data.boundaries) data.syriaBounds.extend(a.feature->bounds);
    if (data.syriaBounds.empty())
        for (const UserLayer& layer : data.base.userLayers) data.syriaBounds.extend(layer.data.layer.bounds);
    if (data.syriaBounds.empty())
        for (const auto& events : data.base.eventLayers) data.syriaBounds.extend(events->bounds);
    return data;
}

}  // namespace ta
