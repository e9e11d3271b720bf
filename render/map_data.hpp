#pragma once
// The base map prepared for drawing: every area's triangles and outlines at each level of detail,
// shared, once per data set. Scenes point into it, so building a scene copies no geometry.

#include "base_map.hpp"
#include "scene.hpp"

#include <string>
#include <vector>

namespace ta {

struct MapArea {
    std::string id, nameEn, nameAr;
    SharedMesh mesh;                    // full detail (== meshLods[0])
    SharedRings outline;                // full detail: outer rings and holes
    SharedRings lines;                  // open polylines (user layers), full detail
    std::vector<SharedMesh> meshLods;   // by MapData::lodTolerancesM
    std::vector<SharedRings> outlineLods;
    std::vector<SharedRings> lineLods;
    const Feature* feature = nullptr;   // for hit testing, joins and points
};

/// One administrative layer's areas within MapData::boundaries, and the scales it is drawn at.
struct MapAdminLayer {
    int level = -1;
    size_t begin = 0, end = 0;          // range in MapData::boundaries
    ScaleRange scales;
    std::string source;
};

/// A --layer source ready to draw.
struct MapUserLayer {
    std::string source;
    std::vector<MapArea> features;
    std::vector<int> category;             // per feature: index into categories, -1 when none (no fill=)
    std::vector<std::string> categories;   // the fill= field's distinct values, sorted
    std::vector<std::string> labels;       // per feature: the label= field's value ("" when none)
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
    std::vector<MapArea> boundaries;       // every administrative layer's areas, layer after layer
    std::vector<MapAdminLayer> adminLayers;  // coarse to fine
    std::vector<MapUserLayer> userLayers;
    std::vector<double> lodTolerancesM;    // of every area's lods
    BBox syriaBounds;                      // what the home view shows (the data's bounds with only --layer)

    /// Index into adminLayers of the layer drawn at `metresPerPixel` (logical pixels), or -1.
    int adminLayerAt(double metresPerPixel) const;
    /// Index into `boundaries` of the area containing `world` among those drawn at
    /// `metresPerPixel` (all layers when <= 0: the finest area wins), or -1.
    int boundaryAt(Vec2 world, double metresPerPixel = 0) const;
    /// For each administrative layer (coarse to fine), the index into `boundaries` of its area
    /// containing `world`, or -1: a place's governorate, district and sub-district at once.
    std::vector<int> areasAt(Vec2 world) const;
};

/// Shares the geometry of `base` (takes ownership); areas carry the prepared levels of detail.
MapData prepareMapData(BaseMap base);

}  // namespace ta
