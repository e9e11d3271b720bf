#include "triangulate.hpp"

#include "geos_handles.hpp"

namespace ta {

void triangulate(const Polygon& polygon, TriangleMesh& mesh) {
    geos::GeomPtr poly = geos::fromPolygon(polygon);
    if (!poly) return;
    GEOSContextHandle_t h = geos::context();
    geos::GeomPtr tris(GEOSConstrainedDelaunayTriangulation_r(h, poly.get()));
    if (!tris) {
        // Invalid rings (self-intersections) make GEOS fail: repair and retry once.
        geos::GeomPtr valid(GEOSMakeValid_r(h, poly.get()));
        if (valid) tris.reset(GEOSConstrainedDelaunayTriangulation_r(h, valid.get()));
        if (!tris) return;
    }
    const int count = GEOSGetNumGeometries_r(h, tris.get());
    mesh.vertices.reserve(mesh.vertices.size() + static_cast<size_t>(count) * 3);
    mesh.indices.reserve(mesh.indices.size() + static_cast<size_t>(count) * 3);
    for (int i = 0; i < count; ++i) {
        const GEOSGeometry* tri = GEOSGetGeometryN_r(h, tris.get(), i);
        const GEOSGeometry* ring = GEOSGetExteriorRing_r(h, tri);
        const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(h, ring);
        unsigned size = 0;
        GEOSCoordSeq_getSize_r(h, seq, &size);
        if (size < 3) continue;
        for (unsigned k = 0; k < 3; ++k) {
            double x = 0, y = 0;
            GEOSCoordSeq_getXY_r(h, seq, k, &x, &y);
            mesh.indices.push_back(static_cast<uint32_t>(mesh.vertices.size()));
            mesh.vertices.push_back({x, y});
        }
    }
}

TriangleMesh triangulate(const std::vector<Polygon>& polygons) {
    TriangleMesh mesh;
    for (const Polygon& p : polygons) triangulate(p, mesh);
    return mesh;
}

TriangleMesh triangulate(const Feature& feature) { return triangulate(feature.polygons); }

}  // namespace ta
