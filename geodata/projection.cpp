#include "projection.hpp"

#include "error.hpp"

#include <ogr_spatialref.h>

namespace ta {

const char* Projection::proj4() {
    return "+proj=lcc +lat_1=33 +lat_2=36.5 +lat_0=35 +lon_0=38.5 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs";
}

Projection::Projection()
    : m_wgs84(std::make_unique<OGRSpatialReference>()), m_map(std::make_unique<OGRSpatialReference>()) {
    m_wgs84->SetWellKnownGeogCS("WGS84");
    m_wgs84->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);  // lon, lat: never EPSG's lat, lon
    if (m_map->importFromProj4(proj4()) != OGRERR_NONE) throw Error("PROJ", "cannot build the map projection");
    m_map->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    m_toMap.reset(OGRCreateCoordinateTransformation(m_wgs84.get(), m_map.get()));
    m_toWgs84.reset(OGRCreateCoordinateTransformation(m_map.get(), m_wgs84.get()));
    if (!m_toMap || !m_toWgs84) throw Error("PROJ", "cannot create the WGS84 <-> map transformations");
}

Projection::~Projection() = default;
Projection::Projection(Projection&&) noexcept = default;
Projection& Projection::operator=(Projection&&) noexcept = default;

Vec2 Projection::forward(LonLat ll) const {
    double x = ll.lon, y = ll.lat;
    if (!m_toMap->Transform(1, &x, &y)) throw Error("PROJ", "cannot project lon/lat");
    return {x, y};
}

LonLat Projection::inverse(Vec2 xy) const {
    double x = xy.x, y = xy.y;
    if (!m_toWgs84->Transform(1, &x, &y)) throw Error("PROJ", "cannot unproject map coordinates");
    return {x, y};
}

BBox Projection::forward(double west, double south, double east, double north) const {
    // Sample the edges: a lon/lat box is curved in a conic projection.
    BBox box;
    constexpr int kSteps = 16;
    for (int i = 0; i <= kSteps; ++i) {
        const double t = static_cast<double>(i) / kSteps;
        box.extend(forward({west + (east - west) * t, south}));
        box.extend(forward({west + (east - west) * t, north}));
        box.extend(forward({west, south + (north - south) * t}));
        box.extend(forward({east, south + (north - south) * t}));
    }
    return box;
}

const OGRSpatialReference& Projection::srs() const { return *m_map; }

}  // namespace ta
