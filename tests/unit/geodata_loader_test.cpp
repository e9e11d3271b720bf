// Loading vector sources: the shared geoBoundaries levels, the formats GDAL reads (written here at
// test time), any CRS, and bad inputs, each with the exact message a user sees.

#include "geodata_test_support.hpp"
#include "layer_source.hpp"
#include "vector_loader.hpp"

#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <set>

using namespace ta;
using namespace ta::geodata_test;

namespace {

const Projection& projection() {
    static const Projection p;
    return p;
}

std::set<std::string> names(const VectorLayer& layer) {
    std::set<std::string> out;
    for (const Feature& f : layer.features) out.insert(f.nameEn);
    return out;
}

bool hasWarningContaining(const VectorLayer& layer, const std::string& text) {
    for (const std::string& w : layer.warnings)
        if (w.find(text) != std::string::npos) return true;
    return false;
}

double area(const Ring& r) {
    double a = 0;
    for (size_t i = 0, j = r.size() - 1; i < r.size(); j = i++) a += r[j].x * r[i].y - r[i].x * r[j].y;
    return std::abs(a) / 2;
}

}  // namespace

// --- the shared geoBoundaries files (CC BY 3.0 IGO), one test per level

TEST(GeodataShared, Adm0HasSyria) {
    TA_REQUIRE_SHARED_GEODATA();
    const VectorLayer l = loadVectorLayer(LayerSpec::parse(sharedLevel(0).string()), projection());
    EXPECT_EQ(l.features.size(), 1u);
    EXPECT_EQ(l.adminLevel, 0);
    EXPECT_EQ(l.nameField, "shapeName");
    EXPECT_EQ(l.idField, "shapeID");
    EXPECT_EQ(l.features.at(0).nameEn, "Syrian Arab Republic");
    EXPECT_TRUE(l.warnings.empty()) << l.warnings.front();
}

TEST(GeodataShared, Adm1HasTheFourteenGovernorates) {
    TA_REQUIRE_SHARED_GEODATA();
    const VectorLayer l = loadVectorLayer(LayerSpec::parse(sharedLevel(1).string()), projection());
    EXPECT_EQ(l.features.size(), 14u);
    EXPECT_EQ(l.adminLevel, 1);
    const std::set<std::string> n = names(l);
    for (const char* g : {"Damascus", "Aleppo", "Homs", "Dar'a", "Quneitra", "Idleb"}) EXPECT_TRUE(n.count(g)) << g;
    // geoBoundaries' TopoJSON carries no CRS by design: no warning for it.
    EXPECT_FALSE(hasWarningContaining(l, "coordinate reference system"));
}

TEST(GeodataShared, Adm2HasSixtyOneDistrictsAndRepairsTheInvalidOnes) {
    TA_REQUIRE_SHARED_GEODATA();
    const VectorLayer l = loadVectorLayer(LayerSpec::parse(sharedLevel(2).string()), projection());
    EXPECT_EQ(l.features.size(), 61u);
    EXPECT_EQ(l.adminLevel, 2);
    const std::set<std::string> n = names(l);
    for (const char* d : {"Duma", "Darayya", "Az-Zabdani", "Homs", "Al-Qusayr"}) EXPECT_TRUE(n.count(d)) << d;
    // The source has a one-vertex spike in Homs and Al-Qusayr (../shared/geodata/geoboundaries/README.md).
    EXPECT_TRUE(hasWarningContaining(l, "(Homs): invalid geometry (Ring Self-intersection at or near point 36.547"));
    EXPECT_TRUE(hasWarningContaining(l, "(Al-Qusayr): invalid geometry (Ring Self-intersection at or near point 36.547"));
}

TEST(GeodataShared, Adm3HasTheSubDistrictsWithCleanNames) {
    TA_REQUIRE_SHARED_GEODATA();
    const VectorLayer l = loadVectorLayer(LayerSpec::parse(sharedLevel(3).string()), projection());
    EXPECT_EQ(l.features.size(), 272u);
    EXPECT_EQ(l.adminLevel, 3);
    const std::set<std::string> n = names(l);
    for (const char* s : {"Markaz Darayya", "Duma", "Madaya", "Qudsiya"}) EXPECT_TRUE(n.count(s)) << s;  // "Qudsiya\r\n" trimmed
    EXPECT_TRUE(hasWarningContaining(l, "(Arwad): invalid geometry (Self-intersection at or near point 35.8"));
    std::set<std::string> ids;
    for (const Feature& f : l.features) ids.insert(f.id);
    EXPECT_EQ(ids.size(), 272u) << "shapeID is the key (the 'id' field GDAL adds is empty)";
    // Projected into the map plane: all of Syria lies within about 450 km of the origin (38.5E 35N).
    EXPECT_GT(l.bounds.minX, -450e3);
    EXPECT_LT(l.bounds.maxX, 450e3);
    EXPECT_GT(l.bounds.minY, -350e3);
    EXPECT_LT(l.bounds.maxY, 300e3);
}

TEST(GeodataShared, NameFieldsCanBeOverridden) {
    TA_REQUIRE_SHARED_GEODATA();
    const VectorLayer l = loadVectorLayer(LayerSpec::parse(sharedLevel(1).string() + ",name=shapeISO,id=shapeName"), projection());
    EXPECT_EQ(l.nameField, "shapeISO");
    EXPECT_EQ(l.idField, "shapeName");
    EXPECT_TRUE(names(l).count("SYR-DI")) << "Damascus's ISO code as its name";
    EXPECT_EQ(errorOf([&] { loadVectorLayer(LayerSpec::parse(sharedLevel(1).string() + ",name_ar=ADM1_AR"), projection()); }),
              sharedLevel(1).string() + ": no field named 'ADM1_AR' (fields: id, shapeName, shapeISO, Level, shapeID, shapeGroup, shapeType)");
}

// --- formats: GeoPackage, Shapefile, FlatGeobuf, KML, zipped (/vsizip/), OCHA-style fields

TEST(GeodataFormats, ReadsEveryFormatTheSameWay) {
    TempDir dir;
    const std::string src =
        dir.write("src.geojson", geojson({square("Daraya", 36.2, 33.43, 0.05), square("Duma", 36.38, 33.55, 0.06)}));
    struct Case {
        std::string file, driver;
    };
    for (const Case& c : {Case{"a.gpkg", "GPKG"}, Case{"a.shp", "ESRI Shapefile"}, Case{"a.fgb", "FlatGeobuf"}, Case{"a.kml", "KML"}}) {
        SCOPED_TRACE(c.driver);
        translate(src, dir.file(c.file), {"-f", c.driver});
        const VectorLayer l = loadVectorLayer(LayerSpec::parse(dir.file(c.file)), projection());
        ASSERT_EQ(l.features.size(), 2u);
        EXPECT_EQ(names(l), (std::set<std::string>{"Daraya", "Duma"}));
        // Some drivers reorder features (FlatGeobuf sorts them along a Hilbert curve): find Daraya by name.
        const auto daraya = std::find_if(l.features.begin(), l.features.end(), [](const Feature& f) { return f.nameEn == "Daraya"; });
        ASSERT_NE(daraya, l.features.end());
        const Vec2 sw = projection().forward({36.2, 33.43});
        EXPECT_NEAR(daraya->bounds.minX, sw.x, 200);  // the square's edges are curved in the conic projection
        EXPECT_NEAR(daraya->bounds.minY, sw.y, 200);
    }
}

TEST(GeodataFormats, ReadsZippedFilesThroughVsizip) {
    TempDir dir;
    const std::string zip = dir.file("boundaries.zip");
    {
        // GDAL writes zips too: the GeoJSON goes straight into the archive.
        const std::string text = geojson({square("Madaya", 36.08, 33.67, 0.05)});
        VSILFILE* f = VSIFOpenL(("/vsizip/" + zip + "/inner/madaya.geojson").c_str(), "wb");
        ASSERT_NE(f, nullptr);
        VSIFWriteL(text.data(), 1, text.size(), f);
        VSIFCloseL(f);
    }
    const VectorLayer l = loadVectorLayer(LayerSpec::parse("/vsizip/" + zip + "/inner/madaya.geojson"), projection());
    ASSERT_EQ(l.features.size(), 1u);
    EXPECT_EQ(l.features[0].nameEn, "Madaya");
}

TEST(GeodataFormats, OchaFieldsGiveLevelNamesArabicAndPcodes) {
    TempDir dir;
    const std::string path = dir.write("syr_admbnda_adm3_test.geojson", R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"ADM3_EN":"Madaya","ADM3_AR":"مضايا","ADM3_PCODE":"SY030601","ADM2_EN":"Az-Zabdani","ADM2_PCODE":"SY0306"},
       "geometry":{"type":"Polygon","coordinates":[[[36.08,33.67],[36.13,33.67],[36.13,33.72],[36.08,33.72],[36.08,33.67]]]}}]})");
    const VectorLayer l = loadVectorLayer(LayerSpec::parse(path), projection());
    EXPECT_EQ(l.adminLevel, 3);
    EXPECT_EQ(l.nameField, "ADM3_EN");
    EXPECT_EQ(l.nameArField, "ADM3_AR");
    EXPECT_EQ(l.idField, "ADM3_PCODE");
    EXPECT_EQ(l.features.at(0).nameAr, "مضايا");
    EXPECT_EQ(l.features.at(0).id, "SY030601");
    // level= overrides what the fields say.
    EXPECT_EQ(loadVectorLayer(LayerSpec::parse(path + ",level=2"), projection()).nameField, "ADM2_EN");
}

// --- any CRS: a layer in UTM zone 37N lands where its lon/lat twin does

TEST(GeodataCrs, Epsg32637LayerIsTransformedIntoTheMap) {
    TempDir dir;
    const std::string src = dir.write("src.geojson", geojson({square("Douma", 36.38, 33.55, 0.06)}));
    translate(src, dir.file("utm.gpkg"), {"-f", "GPKG", "-s_srs", "EPSG:4326", "-t_srs", "EPSG:32637"});
    const VectorLayer utm = loadVectorLayer(LayerSpec::parse(dir.file("utm.gpkg")), projection());
    const VectorLayer ll = loadVectorLayer(LayerSpec::parse(src), projection());
    ASSERT_EQ(utm.features.size(), 1u);
    const Ring& a = utm.features[0].polygons.at(0).outer;
    const Ring& b = ll.features[0].polygons.at(0).outer;
    ASSERT_EQ(a.size(), b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        EXPECT_NEAR(a[i].x, b[i].x, 0.01) << i;  // metres: a round trip through PROJ, not a guess
        EXPECT_NEAR(a[i].y, b[i].y, 0.01) << i;
    }
    // And the numbers in the file really were UTM eastings/northings (not degrees).
    GDALDatasetUniquePtr ds(GDALDataset::Open(dir.file("utm.gpkg").c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(ds);
    OGREnvelope e;
    ASSERT_EQ(ds->GetLayer(0)->GetExtent(&e), OGRERR_NONE);
    EXPECT_GT(e.MinX, 100000);   // easting, metres
    EXPECT_GT(e.MinY, 3000000);  // northing, metres
    EXPECT_TRUE(utm.warnings.empty());
}

// --- bad inputs, each with its exact message

TEST(GeodataBadInput, NonExistentPath) {
    TempDir dir;
    EXPECT_EQ(errorOf([&] { loadVectorLayer(LayerSpec::parse(dir.file("missing.geojson")), projection()); }),
              dir.file("missing.geojson") + ": no such file");
}

TEST(GeodataBadInput, NotAVectorFile) {
    TempDir dir;
    const std::string path = dir.write("notes.geojson", "these are notes, not a map\n");
    EXPECT_EQ(errorOf([&] { loadVectorLayer(LayerSpec::parse(path), projection()); }), path + ": cannot open as a vector data source");
}

TEST(GeodataBadInput, EmptyLayer) {
    TempDir dir;
    const std::string path = dir.write("empty.geojson", R"({"type":"FeatureCollection","features":[]})");
    EXPECT_EQ(errorOf([&] { loadVectorLayer(LayerSpec::parse(path), projection()); }), path + ": layer 'empty' has no features");
}

TEST(GeodataBadInput, TruncatedShapefile) {
    TempDir dir;
    std::vector<TestPolygon> squares;
    for (int i = 0; i < 40; ++i) squares.push_back(square("Area " + std::to_string(i), 36 + 0.1 * (i % 8), 33 + 0.1 * (i / 8), 0.08));
    translate(dir.write("src.geojson", geojson(squares)), dir.file("areas.shp"), {"-f", "ESRI Shapefile"});
    // Cut the geometry file in the middle of its records, as an interrupted download or copy does.
    std::filesystem::resize_file(dir.file("areas.shp"), 2000);
    EXPECT_EQ(errorOf([&] { loadVectorLayer(LayerSpec::parse(dir.file("areas.shp")), projection()); }),
              dir.file("areas.shp") +
                  ": feature 14 cannot be read (Error in fread() reading object of size 136 at offset 1868 from .shp file); the file is "
                  "truncated or corrupt");
}

TEST(GeodataBadInput, SelfIntersectingPolygonIsRepairedWithAWarning) {
    TempDir dir;
    const TestPolygon bowtie{"Bowtie", {{{36.0, 33.0}, {37.0, 34.0}, {37.0, 33.0}, {36.0, 34.0}}}};
    const std::string path = dir.write("bowtie.geojson", geojson({bowtie, square("Good", 38, 33, 0.5)}));
    const VectorLayer l = loadVectorLayer(LayerSpec::parse(path), projection());
    ASSERT_EQ(l.features.size(), 2u);
    ASSERT_EQ(l.warnings.size(), 1u);
    EXPECT_EQ(l.warnings[0], path + ": feature 0 (Bowtie): invalid geometry (Self-intersection at or near point 36.5 33.5), repaired");
    // MakeValid splits the bow-tie into its two triangles, which together cover half the box.
    const Feature& f = l.features[0];
    ASSERT_EQ(f.polygons.size(), 2u);
    const Vec2 a = projection().forward({36.0, 33.0}), c = projection().forward({37.0, 34.0});
    const double box = (c.x - a.x) * (c.y - a.y);
    EXPECT_NEAR((area(f.polygons[0].outer) + area(f.polygons[1].outer)) / box, 0.5, 0.02);
}

TEST(GeodataBadInput, PolygonCollapsedToAPointIsSkippedNamingTheFeature) {
    TempDir dir;
    const TestPolygon dot{"Dot", {{{36.0, 33.0}, {36.0, 33.0}, {36.0, 33.0}, {36.0, 33.0}}}};
    const std::string path = dir.write("dot.geojson", geojson({dot}));
    const std::string message = errorOf([&] { loadVectorLayer(LayerSpec::parse(path), projection()); });
    EXPECT_EQ(message.rfind(path + ": no usable features: all 1 skipped (first: " + path + ": feature 0 (Dot): invalid geometry (", 0), 0u)
        << message;
    EXPECT_NE(message.find("that GEOS could not repair, skipped)"), std::string::npos) << message;
}

TEST(GeodataBadInput, MissingLayerListsTheLayers) {
    TempDir dir;
    const std::string src = dir.write("src.geojson", geojson({square("A", 36, 33, 0.1)}));
    translate(src, dir.file("two.gpkg"), {"-f", "GPKG", "-nln", "first"});
    translate(src, dir.file("two.gpkg"), {"-f", "GPKG", "-update", "-nln", "second"});
    EXPECT_EQ(errorOf([&] { loadVectorLayer(LayerSpec::parse(dir.file("two.gpkg") + ":third"), projection()); }),
              dir.file("two.gpkg") + ": no layer named 'third' (layers: first, second)");
    EXPECT_EQ(loadVectorLayer(LayerSpec::parse(dir.file("two.gpkg") + ":second"), projection()).layerName, "second");
}

// --- the whole path (load, project, repair, simplify, triangulate) keeps its warnings

TEST(GeodataPipeline, PreparedLayerKeepsWarningsAndFeatures) {
    TempDir dir;
    const TestPolygon bowtie{"Bowtie", {{{36.0, 33.0}, {37.0, 34.0}, {37.0, 33.0}, {36.0, 34.0}}}};
    const std::string path = dir.write("bowtie.geojson", geojson({bowtie}));
    const PreparedLayer p = loadPreparedLayer(LayerSpec::parse(path), projection());
    ASSERT_EQ(p.layer.features.size(), 1u);
    EXPECT_EQ(p.layer.warnings.size(), 1u);
    ASSERT_EQ(p.lods.size(), 1u);
    EXPECT_EQ(p.lods[0][0].mesh.indices.size(), 6u) << "two triangles";
}
