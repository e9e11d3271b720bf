#pragma once
// Polygons -> triangles with GEOS's constrained Delaunay triangulation (holes and concavities
// respected). GDAL 3.6 has no wrapper for it, so this calls the GEOS C API directly.

#include "geometry.hpp"

namespace ta {

/// Appends the triangles of `polygon` to `mesh`. Degenerate input yields no triangles.
void triangulate(const Polygon& polygon, TriangleMesh& mesh);

TriangleMesh triangulate(const std::vector<Polygon>& polygons);

/// All polygons of a feature.
TriangleMesh triangulate(const Feature& feature);

}  // namespace ta
