// Geodata in the scene: sub-districts coloured by the status of their places, administrative
// levels by zoom, user layers (fill= categories, label= text, points and lines), levels of detail.

#include "geodata_test_support.hpp"
#include "layer_source.hpp"
#include "load_corpus.hpp"
#include "scene_builder.hpp"

using namespace ta;
using namespace ta::geodata_test;

namespace {

const Projection& projection() {
    static const Projection p;
    return p;
}

const corpus::Corpus& realCorpus() {
    static const corpus::Corpus c = [] {
        corpus::LoadResult r = corpus::loadCorpus(std::filesystem::path(TA_SOURCE_DIR) / "corpus" / "data");
        if (!r.corpus) throw Error("corpus/data", "does not load");
        return std::move(*r.corpus);
    }();
    return c;
}

MapData subDistrictMap() {
    BaseMap base;
    base.userBoundaries = true;
    addAdminLayer(base, AdminLayer{loadPreparedLayer(LayerSpec::parse(sharedLevel(3).string()), projection()), "adm3", ""});
    return prepareMapData(std::move(base));
}

int areaNamed(const MapData& map, const std::string& name) {
    for (size_t i = 0; i < map.boundaries.size(); ++i)
        if (map.boundaries[i].nameEn == name) return static_cast<int>(i);
    return -1;
}

// The fill item of boundary `i` (fills are neighbours, Syria, then the administrative layers in order).
const FillItem& boundaryFill(const Scene& scene, const MapData& map, int i) {
    return scene.fills.at(map.neighbours.size() + map.syria.size() + static_cast<size_t>(i));
}

}  // namespace

TEST(AreaStatusScene, SubDistrictsTakeTheStatusOfTheirPlaces) {
    TA_REQUIRE_SHARED_GEODATA();
    const MapData map = subDistrictMap();
    const corpus::Corpus& corpus = realCorpus();
    const CorpusGeometry geometry = projectCorpus(corpus, projection());
    const Style style;
    corpus::TimelineState state;
    const Day day = dayFromCivil(2016, 10, 1);  // after Daraya's final settlement and evacuation (26 August 2016)
    corpus::stateAt(corpus, day, state);

    SceneInputs inputs;
    inputs.corpus = {&corpus, &state, &geometry, static_cast<double>(day.n)};
    const AreaStatusJoin join = joinAreaStatus(map, corpus, state, geometry);
    const int darayya = areaNamed(map, "Markaz Darayya");
    ASSERT_GE(darayya, 0);
    EXPECT_EQ(join.placeArea.at(static_cast<size_t>(corpus.placeIndex("daraya"))), darayya);
    const int decider = join.areaPlace.at(static_cast<size_t>(darayya));
    ASSERT_GE(decider, 0);
    EXPECT_EQ(state.places.at(static_cast<size_t>(decider)).status, corpus::Status::Evacuated);

    const Scene besides = buildScene(map, inputs, style);
    const Rgba plain = (static_cast<size_t>(darayya) % 2) ? style.boundaryFillB : style.boundaryFillA;
    EXPECT_EQ(boundaryFill(besides, map, darayya).color, mix(plain, style.statusColor("evacuated"), style.areaStatusTint));
    // A sub-district with no corpus place keeps its plain fill.
    const int kisweh = areaNamed(map, "Kisweh");
    ASSERT_GE(kisweh, 0);
    if (join.areaPlace.at(static_cast<size_t>(kisweh)) < 0) {
        EXPECT_EQ(boundaryFill(besides, map, kisweh).color, (static_cast<size_t>(kisweh) % 2) ? style.boundaryFillB : style.boundaryFillA);
    }

    inputs.areaStatus = AreaStatusMode::Off;
    const Scene off = buildScene(map, inputs, style);
    EXPECT_EQ(boundaryFill(off, map, darayya).color, plain);
    EXPECT_EQ(off.markers.size(), besides.markers.size());

    // Instead of points: the places inside coloured sub-districts lose their symbols.
    inputs.areaStatus = AreaStatusMode::Instead;
    const Scene instead = buildScene(map, inputs, style);
    EXPECT_LT(instead.markers.size(), besides.markers.size());
    const Vec2 darayaPoint = geometry.places.at(static_cast<size_t>(corpus.placeIndex("daraya")));
    for (const Marker& m : instead.markers) EXPECT_FALSE(m.position == darayaPoint);
}

TEST(AdminLevelScene, EachLayerIsDrawnAtItsScales) {
    TA_REQUIRE_SHARED_GEODATA();
    BaseMap base;
    for (int level : {3, 1}) {  // given fine first: stored coarse to fine
        addAdminLayer(base, AdminLayer{loadPreparedLayer(LayerSpec::parse(sharedLevel(level).string()), projection()),
                                       "adm" + std::to_string(level), ""});
    }
    const MapData map = prepareMapData(std::move(base));
    ASSERT_EQ(map.adminLayers.size(), 2u);
    EXPECT_EQ(map.adminLayers[0].level, 1);
    EXPECT_EQ(map.adminLayers[1].level, 3);
    EXPECT_EQ(map.adminLayers[0].end - map.adminLayers[0].begin, 14u);
    EXPECT_EQ(map.adminLayerAt(3000), 0);
    EXPECT_EQ(map.adminLayerAt(200), 1);
    // Hover finds the sub-district when zoomed in, the governorate when zoomed out.
    const Vec2 daraya = projection().forward({36.2326, 33.4583});
    EXPECT_EQ(map.boundaries.at(static_cast<size_t>(map.boundaryAt(daraya, 200))).nameEn, "Markaz Darayya");
    EXPECT_EQ(map.boundaries.at(static_cast<size_t>(map.boundaryAt(daraya, 3000))).nameEn, "Rural Damascus");
    // Every level at once, for the details pane: governorate and sub-district.
    const std::vector<int> areas = map.areasAt(daraya);
    ASSERT_EQ(areas.size(), 2u);
    EXPECT_EQ(map.boundaries.at(static_cast<size_t>(areas[0])).nameEn, "Rural Damascus");
    EXPECT_EQ(map.boundaries.at(static_cast<size_t>(areas[1])).nameEn, "Markaz Darayya");
    EXPECT_EQ(map.areasAt(projection().forward({30.0, 30.0})), (std::vector<int>{-1, -1})) << "in Egypt";

    const Scene scene = buildScene(map, {}, Style{});
    EXPECT_EQ(scene.lodTolerancesM, kDefaultTolerancesM);
    const FillItem& governorate = boundaryFill(scene, map, 0);
    const FillItem& subDistrict = boundaryFill(scene, map, static_cast<int>(map.adminLayers[1].begin));
    EXPECT_TRUE(governorate.scales.contains(3000));
    EXPECT_FALSE(governorate.scales.contains(200));
    EXPECT_TRUE(subDistrict.scales.contains(200));
    EXPECT_FALSE(subDistrict.scales.contains(3000));
    EXPECT_EQ(subDistrict.lods.size(), kDefaultTolerancesM.size());
}

TEST(UserLayerScene, FillLabelPointsAndLines) {
    TempDir dir;
    const std::string path = dir.write("mixed.geojson", R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"kind":"gov","name":"North"},"geometry":{"type":"Polygon","coordinates":[[[36,34],[37,34],[37,35],[36,35],[36,34]]]}},
      {"type":"Feature","properties":{"kind":"army","name":"South"},"geometry":{"type":"Polygon","coordinates":[[[36,33],[37,33],[37,34],[36,34],[36,33]]]}},
      {"type":"Feature","properties":{"kind":"gov","name":"Road"},"geometry":{"type":"LineString","coordinates":[[36,33],[37,35]]}},
      {"type":"Feature","properties":{"kind":null,"name":"Town"},"geometry":{"type":"Point","coordinates":[36.5,33.5]}}]})");
    BaseMap base;
    base.layersOnly = true;
    base.userLayers.push_back(loadUserLayer(LayerSpec::parse(path + ",fill=kind,label=name"), projection()));
    const MapData map = prepareMapData(std::move(base));
    ASSERT_EQ(map.userLayers.size(), 1u);
    const MapUserLayer& layer = map.userLayers[0];
    EXPECT_EQ(layer.categories, (std::vector<std::string>{"army", "gov"}));  // sorted: colours do not depend on feature order
    EXPECT_EQ(layer.category, (std::vector<int>{1, 0, 1, -1}));
    EXPECT_FALSE(map.syriaBounds.empty()) << "with only --layer, the home view shows the layers";

    const Style style;
    const Scene scene = buildScene(map, {}, style);
    ASSERT_EQ(scene.fills.size(), 2u);
    EXPECT_EQ(scene.fills[0].color, style.categoryColor(1));
    EXPECT_EQ(scene.fills[1].color, style.categoryColor(0));
    EXPECT_NE(style.categoryColor(0), style.categoryColor(1));
    size_t open = 0;
    for (const LineItem& l : scene.lines) open += !l.closed;
    EXPECT_EQ(open, 1u) << "the road";
    ASSERT_EQ(scene.markers.size(), 1u) << "the town, and no corpus places with only --layer";
    EXPECT_EQ(scene.markers[0].fill, style.userPoint) << "no category: the plain point colour";
    std::vector<std::string> labels;
    for (const Label& l : scene.labels) labels.push_back(l.text);
    for (const char* name : {"North", "South", "Road", "Town"}) EXPECT_NE(std::find(labels.begin(), labels.end(), name), labels.end()) << name;
}
