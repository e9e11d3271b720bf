#include "projection.hpp"

#include <gtest/gtest.h>

#include <cmath>

using namespace ta;

namespace {
double greatCircleKm(LonLat a, LonLat b) {
    constexpr double kRad = 3.14159265358979323846 / 180, kEarthKm = 6371.0088;
    const double dlat = (b.lat - a.lat) * kRad, dlon = (b.lon - a.lon) * kRad;
    const double h = std::sin(dlat / 2) * std::sin(dlat / 2) + std::cos(a.lat * kRad) * std::cos(b.lat * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
    return 2 * kEarthKm * std::asin(std::sqrt(h));
}
}  // namespace

TEST(Projection, RoundTripsSyrianCities) {
    const Projection p;
    for (LonLat city : {LonLat{36.29128, 33.5102}, LonLat{37.16117, 36.20124}, LonLat{40.14, 35.33}, LonLat{36.10213, 32.61889}}) {
        const LonLat back = p.inverse(p.forward(city));
        EXPECT_NEAR(back.lon, city.lon, 1e-9);
        EXPECT_NEAR(back.lat, city.lat, 1e-9);
    }
}

TEST(Projection, CitiesLandWhereTheyShould) {
    const Projection p;
    const Vec2 origin = p.forward({38.5, 35.0});  // the projection's origin maps to (0, 0)
    EXPECT_NEAR(origin.x, 0, 1e-6);
    EXPECT_NEAR(origin.y, 0, 1e-6);
    const LonLat damascusLL{36.29128, 33.5102}, aleppoLL{37.16117, 36.20124}, daraaLL{36.10213, 32.61889};
    const Vec2 damascus = p.forward(damascusLL);
    const Vec2 aleppo = p.forward(aleppoLL);
    const Vec2 daraa = p.forward(daraaLL);
    // Axis order: x grows east, y grows north (never lat/lon swapped).
    EXPECT_LT(damascus.x, 0);
    EXPECT_LT(damascus.y, 0);
    EXPECT_GT(aleppo.y, damascus.y);
    EXPECT_GT(aleppo.x, damascus.x);
    EXPECT_LT(daraa.y, damascus.y);
    // Distances in the conformal plane match great-circle distances within 0.5% across Syria.
    const double da = greatCircleKm(damascusLL, aleppoLL), dd = greatCircleKm(damascusLL, daraaLL);
    EXPECT_NEAR(da, 310, 10);  // sanity of the reference itself
    EXPECT_NEAR(length(aleppo - damascus) / 1000, da, da * 0.005);
    EXPECT_NEAR(length(damascus - daraa) / 1000, dd, dd * 0.005);
}

TEST(Projection, LonLatBoxBoundsContainItsCorners) {
    const Projection p;
    const BBox b = p.forward(35.5, 32.2, 42.5, 37.5);
    for (LonLat c : {LonLat{35.5, 32.2}, LonLat{42.5, 37.5}, LonLat{35.5, 37.5}, LonLat{42.5, 32.2}}) {
        const Vec2 v = p.forward(c);
        EXPECT_TRUE(b.contains(v)) << c.lon << "," << c.lat;
    }
}
