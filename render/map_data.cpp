#include "map_data.hpp"

#include "triangulate.hpp"

#include <memory>

namespace ta {

namespace {

std::vector<MapArea> prepareAreas(const std::vector<Feature>& features) {
    std::vector<MapArea> areas;
    areas.reserve(features.size());
    for (const Feature& f : features) {
        MapArea a;
        a.id = f.id;
        a.nameEn = f.nameEn;
        a.nameAr = f.nameAr;
        a.mesh = std::make_shared<TriangleMesh>(triangulate(f));
        auto rings = std::make_shared<std::vector<Ring>>();
        for (const Polygon& p : f.polygons) {
            rings->push_back(p.outer);
            for (const Ring& h : p.holes) rings->push_back(h);
        }
        a.outline = std::move(rings);
        a.feature = &f;
        areas.push_back(std::move(a));
    }
    return areas;
}

}  // namespace

int MapData::boundaryAt(Vec2 world) const {
    for (size_t i = 0; i < boundaries.size(); ++i)
        if (boundaries[i].feature && contains(*boundaries[i].feature, world)) return static_cast<int>(i);
    return -1;
}

MapData prepareMapData(BaseMap base) {
    MapData data;
    data.base = std::move(base);
    // Features live in data.base from here on, so the areas' feature pointers stay valid.
    data.neighbours = prepareAreas(data.base.neighbours);
    data.syria = prepareAreas(data.base.syria);
    data.boundaries = prepareAreas(data.base.boundaries);
    for (const Feature& f : data.base.syria) data.syriaBounds.extend(f.bounds);
    if (data.syriaBounds.empty())
        for (const Feature& f : data.base.boundaries) data.syriaBounds.extend(f.bounds);
    return data;
}

}  // namespace ta
