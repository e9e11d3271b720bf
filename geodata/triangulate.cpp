#include "triangulate.hpp"

#include "error.hpp"

#include <geos_c.h>

#include <memory>

namespace ta {

namespace {

// One GEOS context per thread: GEOS handles are not thread-safe.
class GeosContext {
public:
    GeosContext() : m_handle(GEOS_init_r()) {}
    ~GeosContext() { GEOS_finish_r(m_handle); }
    GeosContext(const GeosContext&) = delete;
    GeosContext& operator=(const GeosContext&) = delete;
    GEOSContextHandle_t get() const { return m_handle; }

private:
    GEOSContextHandle_t m_handle;
};

GEOSContextHandle_t geos() {
    thread_local GeosContext context;
    return context.get();
}

struct GeomDeleter {
    void operator()(GEOSGeometry* g) const { GEOSGeom_destroy_r(geos(), g); }
};
using GeomPtr = std::unique_ptr<GEOSGeometry, GeomDeleter>;

GEOSGeometry* makeRing(const Ring& ring) {
    GEOSContextHandle_t h = geos();
    const auto n = static_cast<unsigned>(ring.size());
    GEOSCoordSequence* seq = GEOSCoordSeq_create_r(h, n + 1, 2);
    for (unsigned i = 0; i <= n; ++i) {
        const Vec2 p = ring[i % n];  // close the ring
        GEOSCoordSeq_setXY_r(h, seq, i, p.x, p.y);
    }
    return GEOSGeom_createLinearRing_r(h, seq);  // takes ownership of seq
}

}  // namespace

void triangulate(const Polygon& polygon, TriangleMesh& mesh) {
    if (polygon.outer.size() < 3) return;
    GEOSContextHandle_t h = geos();
    GEOSGeometry* shell = makeRing(polygon.outer);
    std::vector<GEOSGeometry*> holes;
    for (const Ring& r : polygon.holes)
        if (r.size() >= 3) holes.push_back(makeRing(r));
    GeomPtr poly(GEOSGeom_createPolygon_r(h, shell, holes.data(), static_cast<unsigned>(holes.size())));
    if (!poly) return;
    GeomPtr tris(GEOSConstrainedDelaunayTriangulation_r(h, poly.get()));
    if (!tris) {
        // Invalid rings (self-intersections) make GEOS fail: repair and retry once.
        GeomPtr valid(GEOSMakeValid_r(h, poly.get()));
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

TriangleMesh triangulate(const Feature& feature) {
    TriangleMesh mesh;
    for (const Polygon& p : feature.polygons) triangulate(p, mesh);
    return mesh;
}

}  // namespace ta
