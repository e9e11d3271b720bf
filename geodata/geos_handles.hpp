#pragma once
// RAII for the GEOS C API (reentrant variant): one context per thread, since GEOS handles are not
// thread-safe, and owning pointers for geometries. Conversions to and from our plain geometry.
// Only geodata's .cpp files include this; GEOS types never leave the module.

#include "geometry.hpp"

#include <geos_c.h>

#include <memory>
#include <string>

namespace ta::geos {

/// The calling thread's GEOS context (created on first use, freed when the thread ends).
GEOSContextHandle_t context();

struct GeomDeleter {
    void operator()(GEOSGeometry* g) const { GEOSGeom_destroy_r(context(), g); }
};
using GeomPtr = std::unique_ptr<GEOSGeometry, GeomDeleter>;

/// A (Multi)Polygon of `polygons`; rings with fewer than 3 points are left out. Null when none is left.
GeomPtr fromPolygons(const std::vector<Polygon>& polygons);
GeomPtr fromPolygon(const Polygon& polygon);
/// A (Multi)LineString of `lines` (2 points or more each).
GeomPtr fromLines(const std::vector<Ring>& lines);

/// Appends the polygons / lines found in `geom` (any collection, nested or not); other types are ignored.
void appendPolygons(const GEOSGeometry* geom, std::vector<Polygon>& out);
void appendLines(const GEOSGeometry* geom, std::vector<Ring>& out);

/// Empty when valid; otherwise GEOS's reason ("Self-intersection[36.5 33.5]").
std::string invalidReason(const GEOSGeometry* geom);

}  // namespace ta::geos
