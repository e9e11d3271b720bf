#pragma once
// Helpers for the geodata tests: a temporary directory, small vector files written at test time
// (GeoJSON by hand, other formats through GDAL's own translator), and the shared geoBoundaries files.

#include "error.hpp"
#include "temp_dir.hpp"
#include "gdal_handles.hpp"
#include "vector_loader.hpp"

#include <gdal_utils.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace ta::geodata_test {

namespace fs = std::filesystem;

inline fs::path sharedBoundaries() { return fs::path(TA_SHARED_DIR) / "geodata" / "geoboundaries"; }
inline fs::path sharedLevel(int level) {
    return sharedBoundaries() / ("geoBoundaries-SYR-ADM" + std::to_string(level) + "_simplified.topojson");
}

/// Skips the calling test, saying why, when ../shared is not there (a checkout without it).
#define TA_REQUIRE_SHARED_GEODATA()                                                                                   \
    do {                                                                                                              \
        if (!std::filesystem::exists(::ta::geodata_test::sharedLevel(3)))                                              \
            GTEST_SKIP() << "shared test data not present: " << ::ta::geodata_test::sharedBoundaries()                 \
                         << " (the geoBoundaries files live in ../shared, outside the repository)";                    \
    } while (0)

using TempDir = ::ta::test::TempDir;

/// A GeoJSON FeatureCollection of polygons given as WKT-like rings: each feature {name, rings}.
struct TestPolygon {
    std::string name;
    std::vector<std::vector<std::pair<double, double>>> rings;  // lon/lat, first ring outer; closed here
};

inline std::string geojson(const std::vector<TestPolygon>& polygons) {
    // Appends only: GCC 12 warns (-Wrestrict, falsely) on "literal" + std::string temporaries.
    std::string out = R"({"type":"FeatureCollection","features":[)";
    for (size_t i = 0; i < polygons.size(); ++i) {
        if (i) out += ',';
        out += R"({"type":"Feature","properties":{"name":")";
        out += polygons[i].name;
        out += R"("},"geometry":{"type":"Polygon","coordinates":[)";
        for (size_t r = 0; r < polygons[i].rings.size(); ++r) {
            auto ring = polygons[i].rings[r];
            ring.push_back(ring.front());
            out += r ? ",[" : "[";
            for (size_t k = 0; k < ring.size(); ++k) {
                if (k) out += ',';
                out += '[';
                out += std::to_string(ring[k].first);
                out += ',';
                out += std::to_string(ring[k].second);
                out += ']';
            }
            out += ']';
        }
        out += "]}}";
    }
    out += "]}";
    return out;
}

/// A square of `size` degrees with its south-west corner at (lon, lat).
inline TestPolygon square(const std::string& name, double lon, double lat, double size) {
    return {name, {{{lon, lat}, {lon + size, lat}, {lon + size, lat + size}, {lon, lat + size}}}};
}

/// Runs GDAL's vector translator (ogr2ogr's library form): `args` as on its command line.
inline void translate(const std::string& from, const std::string& to, const std::vector<std::string>& args) {
    ensureGdalRegistered();
    GDALDatasetH src = GDALOpenEx(from.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    if (!src) throw Error(from, "test fixture: cannot open");
    std::vector<char*> argv;
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(argv.data(), nullptr);
    int usageError = 0;
    GDALDatasetH dst = GDALVectorTranslate(to.c_str(), nullptr, 1, &src, options, &usageError);
    GDALVectorTranslateOptionsFree(options);
    GDALClose(src);
    if (!dst) throw Error(to, "test fixture: translation failed");
    GDALClose(dst);
}

/// The message of the ta::Error `f` throws, or "" when it throws none.
template <class F>
std::string errorOf(F&& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

}  // namespace ta::geodata_test
