#pragma once
// A loaded layer made ready to draw at every zoom: each feature simplified at a few tolerances
// (topology-preserving, so rings never cross themselves or their holes) and each simplified
// polygon triangulated. Made once per source file and cached on disk (geometry_cache.hpp).

#include "vector_loader.hpp"

#include <vector>

namespace ta {

/// One level of detail of one feature.
struct AreaLod {
    TriangleMesh mesh;         // the polygons' triangles
    std::vector<Ring> rings;   // the polygons' outlines: outer rings and holes
    std::vector<Ring> lines;   // open polylines
    size_t vertexCount() const;
};

struct PreparedLayer {
    VectorLayer layer;
    std::vector<double> tolerancesM;          // ascending; [0] is 0 (full detail)
    std::vector<std::vector<AreaLod>> lods;   // lods[feature][k] at tolerancesM[k]
    bool fromCache = false;
};

/// Simplification tolerances in map metres: full detail, then coarser levels for far zooms.
inline const std::vector<double> kDefaultTolerancesM = {0, 100, 400, 1600};

/// The on-screen error allowed by simplification, in framebuffer pixels.
inline constexpr double kLodMaxErrorPx = 0.5;

/// Index into `tolerancesM` of the coarsest level whose error stays under kLodMaxErrorPx at
/// `metresPerPixel` (framebuffer pixels). 0 for metresPerPixel <= 0.
size_t lodForScale(const std::vector<double>& tolerancesM, double metresPerPixel);

/// Simplifies and triangulates every feature, on up to `threads` threads (0: as many as cores).
PreparedLayer prepareLayer(VectorLayer layer, const std::vector<double>& tolerancesM = kDefaultTolerancesM, unsigned threads = 0);

/// Topology-preserving simplification (GEOS) of polygons and of lines; tolerance 0 returns a copy.
std::vector<Polygon> simplifyPolygons(const std::vector<Polygon>& polygons, double toleranceM);
std::vector<Ring> simplifyLines(const std::vector<Ring>& lines, double toleranceM);

}  // namespace ta
