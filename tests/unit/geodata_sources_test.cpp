// The loading side of the app: loadMap's policies for bad sources (commands fail, the window keeps
// the rest of the map), only --layer, the recent files of the sources pane, the command line.

#include "cli_args.hpp"
#include "geodata_test_support.hpp"
#include "map_source.hpp"
#include "recent_sources.hpp"

using namespace ta;
using namespace ta::geodata_test;

namespace {

bool haveDefaultGeodata() {
    try {
        findDefaultGeodata();
        return true;
    } catch (const Error&) {
        return false;
    }
}

}  // namespace

TEST(MapSource, OnlyLayersNeedsNoDefaultData) {
    TempDir dir;
    MapOptions options;
    options.layers = {dir.write("a.geojson", geojson({square("A", 36, 33, 0.5)})) + ",label=name"};
    const Projection projection;
    const MapData map = loadMap(options, projection, SourceErrors::Throw, GeometryCache{});
    EXPECT_TRUE(map.base.layersOnly);
    EXPECT_TRUE(map.neighbours.empty());
    EXPECT_TRUE(map.boundaries.empty());
    ASSERT_EQ(map.userLayers.size(), 1u);
    EXPECT_EQ(map.userLayers[0].labels, (std::vector<std::string>{"A"}));
}

TEST(MapSource, CommandsFailOnABadSourceTheWindowKeepsTheRest) {
    if (!haveDefaultGeodata()) GTEST_SKIP() << "default geodata (world_map.gpkg) not present: run scripts/fetch-geodata";
    TempDir dir;
    MapOptions options;
    options.boundaries = {dir.file("missing.gpkg"), dir.write("ok.geojson", geojson({square("Ok", 36, 33, 0.5)}))};
    const Projection projection;
    EXPECT_EQ(errorOf([&] { loadMap(options, projection, SourceErrors::Throw, GeometryCache{}); }), dir.file("missing.gpkg") + ": no such file");
    const MapData map = loadMap(options, projection, SourceErrors::Collect, GeometryCache{});
    ASSERT_EQ(map.base.errors.size(), 1u);
    EXPECT_EQ(map.base.errors[0], dir.file("missing.gpkg") + ": no such file");
    ASSERT_EQ(map.boundaries.size(), 1u);
    EXPECT_EQ(map.boundaries[0].nameEn, "Ok");
    EXPECT_FALSE(map.syria.empty()) << "the background stays";
}

TEST(MapSource, OnlyLayersAllFailingIsAnError) {
    TempDir dir;
    MapOptions options;
    options.layers = {dir.file("nope.geojson")};
    const Projection projection;
    EXPECT_EQ(errorOf([&] { loadMap(options, projection, SourceErrors::Collect, GeometryCache{}); }),
              "--layer: none of the layers could be loaded:\n  " + dir.file("nope.geojson") + ": no such file");
}

TEST(MapSource, AttributionFollowsTheSource) {
    EXPECT_EQ(attributionForSource("/d/geoBoundaries-SYR-ADM3_simplified.topojson"), "geoBoundaries / UN OCHA (CC BY 3.0 IGO)");
    EXPECT_EQ(attributionForSource("/d/geoBoundaries-SYR-ADM0_simplified.topojson"),
              "geoBoundaries (ODbL, © OpenStreetMap contributors)");
    EXPECT_EQ(attributionForSource("/vsizip//d/syr_adm_unocha.zip/syr_admbnda_adm3_uncs_unocha_20201217.shp"),
              "UN OCHA COD-AB (CC BY 3.0 IGO)");
    EXPECT_EQ(attributionForSource("/d/my_areas.gpkg:zones"), "Boundaries: my_areas.gpkg");
}

TEST(CommandLine, LayerAndBoundaryOptions) {
    const RenderOptions o = parseRenderArgs({"--date", "2016-08-26", "--boundaries", "a.shp,level=3,name=ADM3_EN", "--layer",
                                             "b.gpkg:places,label=name", "--layer", "c.gpkg:zones,fill=kind", "-o", "x.png"});
    EXPECT_EQ(o.map.boundaries, (std::vector<std::string>{"a.shp,level=3,name=ADM3_EN"}));
    EXPECT_EQ(o.map.layers, (std::vector<std::string>{"b.gpkg:places,label=name", "c.gpkg:zones,fill=kind"}));
    auto usage = [](const std::vector<std::string>& args) {
        try {
            parseRenderArgs(args);
        } catch (const UsageError& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    EXPECT_EQ(usage({"--date", "2016-08-26", "--boundaries", "a.shp,fill=x", "-o", "x.png"}),
              "--boundaries: fill=, label= and time= apply to --layer only, got 'a.shp,fill=x'");
    EXPECT_EQ(usage({"--date", "2016-08-26", "--layer", "a.shp,colour=x", "-o", "x.png"}),
              "--layer: a.shp,colour=x: unknown option 'colour' (known: name, name_ar, id, level, fill, label, time)");
}

TEST(RecentSources, RoundTripAndOrder) {
    std::vector<RecentSource> list;
    rememberSource(list, {RecentSource::Kind::Boundaries, "a.shp"});
    rememberSource(list, {RecentSource::Kind::Layer, "b.gpkg:places,label=name"});
    rememberSource(list, {RecentSource::Kind::Boundaries, "a.shp"});  // again: moves to the front
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].spec, "a.shp");
    EXPECT_EQ(parseRecentSources(formatRecentSources(list)), list);
    for (int i = 0; i < 20; ++i) rememberSource(list, {RecentSource::Kind::Layer, std::string("f").append(std::to_string(i))});
    EXPECT_EQ(list.size(), kMaxRecentSources);
    EXPECT_EQ(list[0].spec, "f19");
}

TEST(RecentSources, BadLinesAreSkippedAndTheFileIsWrittenAtomically) {
    EXPECT_EQ(parseRecentSources("boundaries\ta.shp\r\ngarbage\nlayer\t\nother\tx\nlayer\tb.gpkg\n"),
              (std::vector<RecentSource>{{RecentSource::Kind::Boundaries, "a.shp"}, {RecentSource::Kind::Layer, "b.gpkg"}}));
    TempDir dir;
    const std::filesystem::path file = dir.path() / "config" / "recent-sources.txt";
    saveRecentSources(file, {{RecentSource::Kind::Layer, "x.gpkg"}});
    EXPECT_EQ(loadRecentSources(file), (std::vector<RecentSource>{{RecentSource::Kind::Layer, "x.gpkg"}}));
    for (const auto& e : std::filesystem::directory_iterator(file.parent_path()))
        EXPECT_EQ(e.path().filename(), "recent-sources.txt") << "no temporary file left behind";
    EXPECT_TRUE(loadRecentSources(dir.path() / "absent.txt").empty());
}
