// Several administrative levels at once: which one is drawn at which zoom, and how a layer's level
// is recognised.

#include "admin_levels.hpp"
#include "vector_loader.hpp"

#include <gtest/gtest.h>

using namespace ta;

TEST(AdminLevels, DetectedFromFieldsValuesAndNames) {
    EXPECT_EQ(detectAdminLevel({"ADM3_EN", "ADM3_PCODE", "ADM2_EN", "ADM1_EN"}, "", "layer", "x.shp"), 3);  // OCHA COD-AB
    EXPECT_EQ(detectAdminLevel({"GID_0", "NAME_0", "GID_1", "GID_2"}, "", "ADM_ADM_2", "gadm41_SYR.gpkg"), 2);  // GADM
    EXPECT_EQ(detectAdminLevel({"shapeName", "Level"}, "ADM1", "SYR-ADM1-56403185", "x.topojson"), 1);  // geoBoundaries
    EXPECT_EQ(detectAdminLevel({"name"}, "", "syr_admbnda_adm2_uncs_unocha", "x.gpkg"), 2);
    EXPECT_EQ(detectAdminLevel({"name"}, "", "layer", "/data/geoBoundaries-SYR-ADM3.geojson"), 3);
    // GADM's shapefiles say their level in fields (GID_n) only: "gadm41" in the name is version 4.1, not level 4.
    EXPECT_EQ(detectAdminLevel({"name"}, "", "gadm41_SYR_2", "gadm41_SYR_2.shp"), -1);
    EXPECT_EQ(detectAdminLevel({"name"}, "", "roads", "roads.shp"), -1);
}

TEST(AdminLevels, OneLevelIsDrawnAtEveryZoom) {
    for (double mpp : {1.0, 300.0, 1000.0, 1e6}) EXPECT_EQ(chooseAdminLayer({3}, mpp), 0);
    EXPECT_EQ(chooseAdminLayer({}, 100), -1);
}

TEST(AdminLevels, FinerLevelsAppearAsTheMapZoomsIn) {
    const std::vector<int> levels = {1, 2, 3};
    EXPECT_EQ(chooseAdminLayer(levels, 5000), 0);  // the whole region: governorates
    EXPECT_EQ(chooseAdminLayer(levels, 1200), 1);  // the country at 1080p: districts
    EXPECT_EQ(chooseAdminLayer(levels, 300), 2);   // a region: sub-districts
    EXPECT_EQ(chooseAdminLayer(levels, 20), 2);
    EXPECT_EQ(chooseAdminLayer({2, 3}, 5000), 0) << "the coarsest loaded level when none suits the zoom";
    EXPECT_EQ(chooseAdminLayer({-1, 3}, 5000), 0) << "an unknown level counts as level 1";
}

TEST(AdminLevels, ScaleBandsPartitionTheZooms) {
    const std::vector<int> levels = {0, 1, 2, 3};
    const std::vector<ScaleBand> bands = adminLayerScaleBands(levels);
    ASSERT_EQ(bands.size(), 4u);
    EXPECT_EQ(bands[0].lo, bands[0].hi) << "ADM0 is never drawn when ADM1 is loaded too";
    EXPECT_EQ(bands[3].lo, 0);
    EXPECT_EQ(bands[3].hi, levelMaxMetresPerPixel(3));
    EXPECT_EQ(bands[2].lo, levelMaxMetresPerPixel(3));
    EXPECT_EQ(bands[2].hi, levelMaxMetresPerPixel(2));
    EXPECT_EQ(bands[1].lo, levelMaxMetresPerPixel(2));
    EXPECT_EQ(bands[1].hi, std::numeric_limits<double>::infinity());
    // Every scale falls in exactly the band of the layer chooseAdminLayer picks.
    for (double mpp : {1.0, 100.0, 599.0, 600.0, 601.0, 1499.0, 1500.0, 1501.0, 1e5}) {
        const int pick = chooseAdminLayer(levels, mpp);
        for (size_t i = 0; i < bands.size(); ++i)
            EXPECT_EQ(mpp > bands[i].lo && mpp <= bands[i].hi, static_cast<int>(i) == pick) << mpp << " layer " << i;
    }
}
