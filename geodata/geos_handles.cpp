#include "geos_handles.hpp"

#include <vector>

namespace ta::geos {

namespace {

class Context {
public:
    Context() : m_handle(GEOS_init_r()) {}
    ~Context() { GEOS_finish_r(m_handle); }
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;
    GEOSContextHandle_t get() const { return m_handle; }

private:
    GEOSContextHandle_t m_handle;
};

GEOSGeometry* makeRing(const Ring& ring) {
    GEOSContextHandle_t h = context();
    const auto n = static_cast<unsigned>(ring.size());
    GEOSCoordSequence* seq = GEOSCoordSeq_create_r(h, n + 1, 2);
    for (unsigned i = 0; i <= n; ++i) {
        const Vec2 p = ring[i % n];  // close the ring
        GEOSCoordSeq_setXY_r(h, seq, i, p.x, p.y);
    }
    return GEOSGeom_createLinearRing_r(h, seq);  // takes ownership of seq
}

GEOSGeometry* makeLine(const Ring& line) {
    GEOSContextHandle_t h = context();
    const auto n = static_cast<unsigned>(line.size());
    GEOSCoordSequence* seq = GEOSCoordSeq_create_r(h, n, 2);
    for (unsigned i = 0; i < n; ++i) GEOSCoordSeq_setXY_r(h, seq, i, line[i].x, line[i].y);
    return GEOSGeom_createLineString_r(h, seq);
}

Ring readRing(const GEOSGeometry* ring, bool closed) {
    GEOSContextHandle_t h = context();
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(h, ring);
    unsigned size = 0;
    if (!seq || !GEOSCoordSeq_getSize_r(h, seq, &size)) return {};
    Ring out;
    out.reserve(size);
    for (unsigned i = 0; i < size; ++i) {
        double x = 0, y = 0;
        GEOSCoordSeq_getXY_r(h, seq, i, &x, &y);
        out.push_back({x, y});
    }
    if (closed && out.size() > 1 && out.front() == out.back()) out.pop_back();
    return out;
}

GeomPtr collect(int type, std::vector<GEOSGeometry*>& parts) {
    if (parts.empty()) return nullptr;
    if (parts.size() == 1) {
        GEOSGeometry* only = parts.front();
        parts.clear();
        return GeomPtr(only);
    }
    GEOSGeometry* multi = GEOSGeom_createCollection_r(context(), type, parts.data(), static_cast<unsigned>(parts.size()));
    parts.clear();
    return GeomPtr(multi);
}

}  // namespace

GEOSContextHandle_t context() {
    thread_local Context ctx;
    return ctx.get();
}

GeomPtr fromPolygon(const Polygon& polygon) {
    if (polygon.outer.size() < 3) return nullptr;
    GEOSGeometry* shell = makeRing(polygon.outer);
    std::vector<GEOSGeometry*> holes;
    for (const Ring& r : polygon.holes)
        if (r.size() >= 3) holes.push_back(makeRing(r));
    return GeomPtr(GEOSGeom_createPolygon_r(context(), shell, holes.data(), static_cast<unsigned>(holes.size())));
}

GeomPtr fromPolygons(const std::vector<Polygon>& polygons) {
    std::vector<GEOSGeometry*> parts;
    for (const Polygon& p : polygons)
        if (GeomPtr g = fromPolygon(p)) parts.push_back(g.release());
    return collect(GEOS_MULTIPOLYGON, parts);
}

GeomPtr fromLines(const std::vector<Ring>& lines) {
    std::vector<GEOSGeometry*> parts;
    for (const Ring& l : lines)
        if (l.size() >= 2) parts.push_back(makeLine(l));
    return collect(GEOS_MULTILINESTRING, parts);
}

void appendPolygons(const GEOSGeometry* geom, std::vector<Polygon>& out) {
    if (!geom) return;
    GEOSContextHandle_t h = context();
    const int type = GEOSGeomTypeId_r(h, geom);
    if (type == GEOS_POLYGON) {
        if (GEOSisEmpty_r(h, geom)) return;
        Polygon p;
        p.outer = readRing(GEOSGetExteriorRing_r(h, geom), true);
        const int holes = GEOSGetNumInteriorRings_r(h, geom);
        for (int i = 0; i < holes; ++i) {
            Ring r = readRing(GEOSGetInteriorRingN_r(h, geom, i), true);
            if (r.size() >= 3) p.holes.push_back(std::move(r));
        }
        if (p.outer.size() >= 3) out.push_back(std::move(p));
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        const int n = GEOSGetNumGeometries_r(h, geom);
        for (int i = 0; i < n; ++i) appendPolygons(GEOSGetGeometryN_r(h, geom, i), out);
    }
}

void appendLines(const GEOSGeometry* geom, std::vector<Ring>& out) {
    if (!geom) return;
    GEOSContextHandle_t h = context();
    const int type = GEOSGeomTypeId_r(h, geom);
    if (type == GEOS_LINESTRING) {
        Ring r = readRing(geom, false);
        if (r.size() >= 2) out.push_back(std::move(r));
    } else if (type == GEOS_MULTILINESTRING || type == GEOS_GEOMETRYCOLLECTION) {
        const int n = GEOSGetNumGeometries_r(h, geom);
        for (int i = 0; i < n; ++i) appendLines(GEOSGetGeometryN_r(h, geom, i), out);
    }
}

std::string invalidReason(const GEOSGeometry* geom) {
    GEOSContextHandle_t h = context();
    if (GEOSisValid_r(h, geom) == 1) return {};
    char* reason = GEOSisValidReason_r(h, geom);
    std::string text = reason ? reason : "invalid";
    GEOSFree_r(h, reason);
    return text;
}

}  // namespace ta::geos
