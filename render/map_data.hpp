#pragma once
// The base map prepared for drawing: every area triangulated and every outline shared, once per
// data set. Scenes point into it, so building a scene copies no geometry.

#include "base_map.hpp"
#include "scene.hpp"

#include <string>
#include <vector>

namespace ta {

struct MapArea {
    std::string id, nameEn, nameAr;
    SharedMesh mesh;
    SharedRings outline;
    const Feature* feature = nullptr;  // for hit testing
};

struct MapData {
    MapData() = default;
    MapData(MapData&&) = default;  // vectors keep their buffers on move, so feature pointers survive
    MapData& operator=(MapData&&) = default;
    MapData(const MapData&) = delete;  // a copy would point into the original's features
    MapData& operator=(const MapData&) = delete;

    BaseMap base;
    std::vector<MapArea> neighbours;
    std::vector<MapArea> syria;
    std::vector<MapArea> boundaries;
    BBox syriaBounds;

    /// Index into `boundaries` of the area containing `world`, or -1.
    int boundaryAt(Vec2 world) const;
};

/// Triangulates and shares the geometry of `base` (takes ownership).
MapData prepareMapData(BaseMap base);

}  // namespace ta
