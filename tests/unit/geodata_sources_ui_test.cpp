// The sources pane in the real window frame (headless_ui.hpp): type a path, add it, and the map
// gains the level in the background; a bad path leaves the map as it was, with the message.

#include "base_map.hpp"
#include "geodata_test_support.hpp"
#include "headless_ui.hpp"

#include <chrono>
#include <thread>

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

// Frames until the background load is done (it runs on a worker thread, not in frame time).
void waitForLoad(HeadlessUi& ui) {
    for (int i = 0; i < 600 && ui.app().sources.loading(); ++i) {
        ui.frame();
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ui.frames(2);  // install, then release the replaced map
}

void addSource(HeadlessUi& ui, const std::string& text) {
    ui.app().sources.field.clear();  // before the field takes the focus (ImGui then edits its own copy)
    ui.frame();
    ASSERT_TRUE(ui.clickItem("sources.path"));
    ui.typeText(text);
    ui.frame();
    ASSERT_TRUE(ui.clickItem("sources.add"));
    waitForLoad(ui);
}

}  // namespace

TEST(SourcesPane, AddsABoundaryFileAndRemembersIt) {
    if (!haveDefaultGeodata()) GTEST_SKIP() << "default geodata (world_map.gpkg) not present: run scripts/fetch-geodata";
    TA_REQUIRE_SHARED_GEODATA();
    TempDir dir;
    HeadlessUi ui({"--date", "2016-10-01", "--corpus", "none"});
    ui.app().sources.recentPath = dir.path() / "recent-sources.txt";
    ui.app().show.sources = true;
    ui.frames(3);
    ASSERT_EQ(ui.app().map.adminLayers.size(), 1u);
    EXPECT_EQ(ui.app().map.adminLayers[0].source, "Natural Earth admin-1");

    const std::string adm3 = sharedLevel(3).string();
    addSource(ui, adm3);
    AppContext& app = ui.app();
    EXPECT_EQ(app.sources.lastError, "");
    EXPECT_EQ(app.options.map.boundaries, (std::vector<std::string>{adm3}));
    ASSERT_EQ(app.map.adminLayers.size(), 1u) << "the file's sub-districts replace Natural Earth's governorates";
    EXPECT_EQ(app.map.adminLayers[0].level, 3);
    EXPECT_EQ(app.map.adminLayers[0].end - app.map.adminLayers[0].begin, 272u);
    EXPECT_EQ(loadRecentSources(dir.path() / "recent-sources.txt"),
              (std::vector<RecentSource>{{RecentSource::Kind::Boundaries, adm3}}));

    // A file that is not there: a message, and the map keeps what it had.
    addSource(ui, dir.file("missing.gpkg"));
    EXPECT_EQ(app.sources.lastError, dir.file("missing.gpkg") + ": no such file");
    EXPECT_EQ(app.messages.back(), "error: " + dir.file("missing.gpkg") + ": no such file");
    EXPECT_EQ(app.options.map.boundaries, (std::vector<std::string>{adm3}));
    EXPECT_EQ(app.map.boundaries.size(), 272u);

    // A usage mistake is caught before any loading.
    addSource(ui, adm3 + ",colour=x");
    EXPECT_EQ(app.sources.lastError, adm3 + ",colour=x: unknown option 'colour' (known: name, name_ar, id, level, fill, label, time)");

    const Image shot = ui.screenshot();
    writePng(std::filesystem::path(TA_BINARY_DIR) / "render-output" / "sources-pane.png", shot);
}
