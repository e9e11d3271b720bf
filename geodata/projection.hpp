#pragma once
// The one place that knows the map's coordinate reference system. Everything drawn is in this
// plane; everything typed by users (--view, places) is WGS84 lon/lat and goes through here.

#include "geometry.hpp"

#include <memory>
#include <string>

class OGRSpatialReference;
class OGRCoordinateTransformation;

namespace ta {

struct LonLat {
    double lon = 0, lat = 0;
};

/// Lambert conformal conic fitted to Syria (standard parallels 33°N and 36.5°N, origin 35°N 38.5°E):
/// conformal, so shapes and angles of towns look right, and scale error stays under 0.3% across
/// the country.
class Projection {
public:
    Projection();
    ~Projection();
    Projection(Projection&&) noexcept;
    Projection& operator=(Projection&&) noexcept;

    static const char* proj4();   // the PROJ definition of the map plane

    Vec2 forward(LonLat ll) const;
    LonLat inverse(Vec2 xy) const;
    BBox forward(double west, double south, double east, double north) const;  // bounds of a lon/lat box

    /// The map plane as an OGR spatial reference, traditional GIS axis order (x = east).
    const OGRSpatialReference& srs() const;

private:
    std::unique_ptr<OGRSpatialReference> m_wgs84;
    std::unique_ptr<OGRSpatialReference> m_map;
    std::unique_ptr<OGRCoordinateTransformation> m_toMap;
    std::unique_ptr<OGRCoordinateTransformation> m_toWgs84;
};

}  // namespace ta
