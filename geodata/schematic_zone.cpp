#include "schematic_zone.hpp"

#include "error.hpp"

#include <geos_c.h>

#include <memory>

namespace ta {

namespace {

constexpr int kQuadrantSegments = 16;  // smooth curves at print sizes

// A GEOS context for one computation (this runs once per corpus, so no sharing is needed).
class GeosContext {
public:
    GeosContext() : m_handle(GEOS_init_r()) {
        if (!m_handle) throw Error("GEOS", "cannot create a context");
    }
    ~GeosContext() { GEOS_finish_r(m_handle); }
    GeosContext(const GeosContext&) = delete;
    GeosContext& operator=(const GeosContext&) = delete;
    GEOSContextHandle_t get() const { return m_handle; }

private:
    GEOSContextHandle_t m_handle;
};

struct Geom {
    GEOSContextHandle_t ctx;
    GEOSGeometry* g;
    Geom(GEOSContextHandle_t c, GEOSGeometry* geom) : ctx(c), g(geom) {}
    ~Geom() {
        if (g) GEOSGeom_destroy_r(ctx, g);
    }
    Geom(const Geom&) = delete;
    Geom& operator=(const Geom&) = delete;
};

Ring readRing(GEOSContextHandle_t ctx, const GEOSGeometry* ring) {
    Ring out;
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx, ring);
    unsigned n = 0;
    if (!seq || !GEOSCoordSeq_getSize_r(ctx, seq, &n)) return out;
    for (unsigned i = 0; i + 1 < n; ++i) {  // GEOS repeats the first point at the end; our rings do not
        double x = 0, y = 0;
        GEOSCoordSeq_getXY_r(ctx, seq, i, &x, &y);
        out.push_back({x, y});
    }
    return out;
}

void appendPolygon(GEOSContextHandle_t ctx, const GEOSGeometry* poly, std::vector<Polygon>& out) {
    Polygon p;
    p.outer = readRing(ctx, GEOSGetExteriorRing_r(ctx, poly));
    const int holes = GEOSGetNumInteriorRings_r(ctx, poly);
    for (int i = 0; i < holes; ++i) p.holes.push_back(readRing(ctx, GEOSGetInteriorRingN_r(ctx, poly, i)));
    if (p.outer.size() >= 3) out.push_back(std::move(p));
}

}  // namespace

std::vector<Polygon> schematicZone(const std::vector<Vec2>& points, double bufferMetres) {
    std::vector<Polygon> out;
    if (points.empty() || !(bufferMetres > 0)) return out;
    GeosContext context;
    GEOSContextHandle_t ctx = context.get();
    std::vector<GEOSGeometry*> parts;
    for (Vec2 p : points) parts.push_back(GEOSGeom_createPointFromXY_r(ctx, p.x, p.y));
    Geom multi(ctx, GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOINT, parts.data(), static_cast<unsigned>(parts.size())));
    if (!multi.g) throw Error("GEOS", "cannot build the zone's points");
    Geom hull(ctx, GEOSConvexHull_r(ctx, multi.g));
    if (!hull.g) throw Error("GEOS", "convex hull failed");
    Geom buffered(ctx, GEOSBuffer_r(ctx, hull.g, bufferMetres, kQuadrantSegments));
    if (!buffered.g) throw Error("GEOS", "buffer failed");
    const int type = GEOSGeomTypeId_r(ctx, buffered.g);
    if (type == GEOS_POLYGON) {
        appendPolygon(ctx, buffered.g, out);
    } else if (type == GEOS_MULTIPOLYGON) {
        const int n = GEOSGetNumGeometries_r(ctx, buffered.g);
        for (int i = 0; i < n; ++i) appendPolygon(ctx, GEOSGetGeometryN_r(ctx, buffered.g, i), out);
    }
    return out;
}

}  // namespace ta
