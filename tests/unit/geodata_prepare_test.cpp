// Triangulation, per-zoom simplification and the on-disk geometry cache.

#include "geodata_test_support.hpp"
#include "geometry_cache.hpp"
#include "layer_source.hpp"
#include "prepared_layer.hpp"
#include "triangulate.hpp"

#include <cmath>
#include <fstream>

using namespace ta;
using namespace ta::geodata_test;

namespace {

const Projection& projection() {
    static const Projection p;
    return p;
}

double ringArea(const Ring& r) {
    double a = 0;
    for (size_t i = 0, j = r.size() - 1; i < r.size(); j = i++) a += r[j].x * r[i].y - r[i].x * r[j].y;
    return std::abs(a) / 2;
}

double meshArea(const TriangleMesh& m) {
    double a = 0;
    for (size_t i = 0; i + 2 < m.indices.size(); i += 3) a += ringArea({m.vertices[m.indices[i]], m.vertices[m.indices[i + 1]], m.vertices[m.indices[i + 2]]});
    return a;
}

// A wiggly circle of `n` points (radius in metres), so simplification has something to remove.
Ring wigglyCircle(Vec2 c, double radius, int n) {
    Ring r;
    for (int i = 0; i < n; ++i) {
        const double t = 2 * M_PI * i / n;
        const double rr = radius * (1 + 0.002 * std::sin(40 * t));
        r.push_back({c.x + rr * std::cos(t), c.y + rr * std::sin(t)});
    }
    return r;
}

size_t vertices(const std::vector<Polygon>& ps) {
    size_t n = 0;
    for (const Polygon& p : ps) {
        n += p.outer.size();
        for (const Ring& h : p.holes) n += h.size();
    }
    return n;
}

}  // namespace

TEST(Triangulate, RespectsHoles) {
    Polygon p;
    p.outer = {{0, 0}, {100, 0}, {100, 100}, {0, 100}};
    p.holes = {{{20, 20}, {20, 60}, {60, 60}, {60, 20}}};
    const TriangleMesh m = triangulate(std::vector<Polygon>{p});
    EXPECT_NEAR(meshArea(m), 100 * 100 - 40 * 40, 1e-6);
    // No triangle's centre lies in the hole.
    for (size_t i = 0; i + 2 < m.indices.size(); i += 3) {
        const Vec2 c = (m.vertices[m.indices[i]] + m.vertices[m.indices[i + 1]] + m.vertices[m.indices[i + 2]]) * (1.0 / 3);
        EXPECT_FALSE(c.x > 20 && c.x < 60 && c.y > 20 && c.y < 60);
    }
}

TEST(Simplify, FewerVerticesSameShape) {
    Polygon p;
    p.outer = wigglyCircle({0, 0}, 10000, 2000);
    p.holes = {wigglyCircle({0, 0}, 3000, 600)};
    const std::vector<Polygon> coarse = simplifyPolygons({p}, 400);
    ASSERT_EQ(coarse.size(), 1u);
    ASSERT_EQ(coarse[0].holes.size(), 1u) << "topology kept: the hole survives";
    EXPECT_LT(vertices(coarse), vertices({p}) / 10);
    const double exact = ringArea(p.outer) - ringArea(p.holes[0]);
    EXPECT_NEAR(ringArea(coarse[0].outer) - ringArea(coarse[0].holes[0]), exact, exact * 0.02);
    EXPECT_EQ(vertices(simplifyPolygons({p}, 0)), vertices({p}));
}

TEST(Simplify, LevelForScaleKeepsTheErrorUnderHalfAPixel) {
    const std::vector<double> t = {0, 100, 400, 1600};
    EXPECT_EQ(lodForScale(t, 0), 0u);
    EXPECT_EQ(lodForScale(t, 50), 0u);     // 100 m would be 2 px
    EXPECT_EQ(lodForScale(t, 200), 1u);    // 100 m = 0.5 px
    EXPECT_EQ(lodForScale(t, 799), 1u);
    EXPECT_EQ(lodForScale(t, 800), 2u);
    EXPECT_EQ(lodForScale(t, 1e6), 3u);
}

TEST(PreparedLayer, EveryLevelOfDetailIsTriangulated) {
    VectorLayer layer;
    Feature big;
    big.id = "big";
    big.polygons = {Polygon{wigglyCircle({0, 0}, 50000, 3000), {}}};
    Feature small;
    small.id = "small";
    small.polygons = {Polygon{{{0, 0}, {10, 0}, {10, 10}}, {}}};
    layer.features = {big, small};
    const PreparedLayer p = prepareLayer(layer, kDefaultTolerancesM, 2);
    ASSERT_EQ(p.lods.size(), 2u);
    ASSERT_EQ(p.lods[0].size(), kDefaultTolerancesM.size());
    const double exact = ringArea(big.polygons[0].outer);
    for (size_t k = 0; k < p.lods[0].size(); ++k) {
        ASSERT_EQ(p.lods[0][k].rings.size(), 1u);
        EXPECT_NEAR(meshArea(p.lods[0][k].mesh), ringArea(p.lods[0][k].rings[0]), exact * 1e-9) << "the mesh fills its outline, level " << k;
        EXPECT_NEAR(meshArea(p.lods[0][k].mesh), exact, exact * 0.05) << k;  // a 1.6 km tolerance on a 50 km circle loses ~2%
        if (k > 0) {
            EXPECT_LT(p.lods[0][k].vertexCount(), p.lods[0][k - 1].vertexCount()) << k;
        }
    }
    EXPECT_EQ(p.lods[1].back().mesh.indices.size(), 3u) << "a triangle stays a triangle at every level";
}

TEST(PreparedLayer, SharedSubDistrictsSimplifyAtFarZooms) {
    TA_REQUIRE_SHARED_GEODATA();
    const PreparedLayer p = loadPreparedLayer(LayerSpec::parse(sharedLevel(3).string()), projection());
    ASSERT_EQ(p.lods.size(), 272u);
    size_t full = 0, coarsest = 0;
    for (const auto& lods : p.lods) {
        EXPECT_FALSE(lods.front().mesh.indices.empty());
        full += lods.front().vertexCount();
        coarsest += lods.back().vertexCount();
    }
    EXPECT_LT(coarsest * 3, full) << full << " vertices at full detail, " << coarsest << " at the coarsest level";
}

// --- the cache

TEST(GeometryCache, RoundTripsExactly) {
    TempDir dir;
    const std::string path = dir.write("a.geojson", geojson({square("A", 36, 33, 0.2), square("B", 36.3, 33, 0.2)}));
    const PreparedLayer p = loadPreparedLayer(LayerSpec::parse(path), projection());
    const std::string bytes = serializePreparedLayer(p);
    const std::optional<PreparedLayer> q = deserializePreparedLayer(bytes);
    ASSERT_TRUE(q);
    EXPECT_TRUE(q->fromCache);
    EXPECT_EQ(serializePreparedLayer(*q), bytes);
    ASSERT_EQ(q->layer.features.size(), 2u);
    EXPECT_EQ(q->layer.features[1].nameEn, "B");
    EXPECT_EQ(q->layer.features[1].polygons[0].outer, p.layer.features[1].polygons[0].outer);
    EXPECT_EQ(q->lods[1][0].mesh.indices, p.lods[1][0].mesh.indices);
    ASSERT_EQ(q->lods[1][0].mesh.vertices.size(), p.lods[1][0].mesh.vertices.size());
    for (size_t i = 0; i < p.lods[1][0].mesh.vertices.size(); ++i)  // stored as floats: centimetres at most
        EXPECT_NEAR(q->lods[1][0].mesh.vertices[i].x, p.lods[1][0].mesh.vertices[i].x, 0.05);
}

TEST(GeometryCache, RejectsDamagedEntries) {
    TempDir dir;
    const std::string path = dir.write("a.geojson", geojson({square("A", 36, 33, 0.2)}));
    const std::string bytes = serializePreparedLayer(loadPreparedLayer(LayerSpec::parse(path), projection()));
    std::string why;
    EXPECT_FALSE(deserializePreparedLayer(bytes.substr(0, bytes.size() - 5), &why));
    EXPECT_EQ(why, "truncated");
    EXPECT_FALSE(deserializePreparedLayer("not a cache entry at all", &why));
    EXPECT_EQ(why, "not a geometry cache entry");
    std::string otherVersion = bytes;
    otherVersion[8] = 99;
    EXPECT_FALSE(deserializePreparedLayer(otherVersion, &why));
    EXPECT_EQ(why, "format version 99, expected 3");
}

TEST(GeometryCache, SecondLoadComesFromTheCacheUntilTheFileChanges) {
    TempDir dir;
    const GeometryCache cache{dir.path() / "cache"};
    const std::string path = dir.write("a.geojson", geojson({square("A", 36, 33, 0.2)}));
    const PreparedLayer first = loadPreparedLayer(LayerSpec::parse(path), projection(), {}, cache);
    EXPECT_FALSE(first.fromCache);
    const PreparedLayer second = loadPreparedLayer(LayerSpec::parse(path), projection(), {}, cache);
    EXPECT_TRUE(second.fromCache);
    EXPECT_EQ(second.layer.features.at(0).nameEn, "A");
    EXPECT_EQ(serializePreparedLayer(second), serializePreparedLayer(PreparedLayer{first.layer, first.tolerancesM, first.lods, true}));

    dir.write("a.geojson", geojson({square("Changed", 36, 33, 0.2)}));  // same size class, new bytes
    const PreparedLayer third = loadPreparedLayer(LayerSpec::parse(path), projection(), {}, cache);
    EXPECT_FALSE(third.fromCache);
    EXPECT_EQ(third.layer.features.at(0).nameEn, "Changed");

    // Options are part of the key: another name field is another entry.
    const PreparedLayer renamed = loadPreparedLayer(LayerSpec::parse(path + ",name=name"), projection(), {}, cache);
    EXPECT_FALSE(renamed.fromCache);
}

TEST(GeometryCache, ADamagedEntryIsRebuiltWithAWarning) {
    TempDir dir;
    const GeometryCache cache{dir.path() / "cache"};
    const std::string path = dir.write("a.geojson", geojson({square("A", 36, 33, 0.2)}));
    loadPreparedLayer(LayerSpec::parse(path), projection(), {}, cache);
    std::filesystem::path entry;
    for (const auto& e : std::filesystem::directory_iterator(cache.dir)) entry = e.path();
    ASSERT_FALSE(entry.empty());
    std::filesystem::resize_file(entry, 40);
    const PreparedLayer again = loadPreparedLayer(LayerSpec::parse(path), projection(), {}, cache);
    EXPECT_FALSE(again.fromCache);
    ASSERT_EQ(again.layer.warnings.size(), 1u);
    EXPECT_EQ(again.layer.warnings[0], "geometry cache entry not usable (" + entry.string() + ": truncated), rebuilt");
    EXPECT_TRUE(loadPreparedLayer(LayerSpec::parse(path), projection(), {}, cache).fromCache) << "and rewritten";
}

TEST(GeometryCache, ContentHashCoversShapefileSidecarsAndZips) {
    TempDir dir;
    const std::string src = dir.write("src.geojson", geojson({square("A", 36, 33, 0.2)}));
    translate(src, dir.file("a.shp"), {"-f", "ESRI Shapefile"});
    const std::string before = sourceContentHash(dir.file("a.shp"));
    EXPECT_EQ(before.size(), 64u);
    std::ofstream(dir.file("a.cpg")) << "UTF-8";  // a sidecar changes what the shapefile means
    EXPECT_NE(sourceContentHash(dir.file("a.shp")), before);
    EXPECT_EQ(sourceContentHash(dir.file("missing.shp")), "");
}

TEST(GeometryCache, OldEntriesArePruned) {
    TempDir dir;
    GeometryCache cache{dir.path() / "cache"};
    cache.maxEntries = 2;
    for (int i = 0; i < 4; ++i) {
        const std::string path = dir.write("f" + std::to_string(i) + ".geojson", geojson({square("A" + std::to_string(i), 36, 33, 0.2)}));
        loadPreparedLayer(LayerSpec::parse(path), projection(), {}, cache);
    }
    size_t entries = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(cache.dir)) ++entries;
    EXPECT_EQ(entries, 2u);
}
