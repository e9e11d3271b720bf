// Presentation and teaching in the window, driven through the headless runner (headless_ui.hpp):
// presentation mode (F5), the tour player, screenshots (F12) and the Record dialog, whose
// recording runs on a worker thread while the window keeps drawing frames.

#include "frame_sink.hpp"
#include "headless_ui.hpp"
#include "image.hpp"
#include "tour.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

#include <unistd.h>

#include <chrono>
#include <filesystem>

namespace fs = std::filesystem;
using namespace ta;

namespace {

fs::path scratchDir(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("ta-present-" + std::to_string(::getpid()) + "-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

Tour shippedTour(const char* stem) { return loadTour(fs::path(TA_SOURCE_DIR) / "tours" / (std::string(stem) + ".tour")); }

void keep(const Image& image, const std::string& name) {
    const fs::path dir = fs::path(TA_BINARY_DIR) / "ui-output";
    fs::create_directories(dir);
    writePng(dir / (name + ".png"), image);
}

}  // namespace

TEST(Presentation, F5HidesThePanesAndBringsThemBack) {
    HeadlessUi ui({"--date", "2016-08-26"});
    ui.frames(3);
    const PaneVisibility before = ui.app().show;
    ASSERT_TRUE(before.timeline);
    ui.pressKey(GLFW_KEY_F5);
    ui.frames(2);
    EXPECT_TRUE(ui.app().presentation.active);
    for (const PaneFlag& f : paneFlags(ui.app().show)) EXPECT_FALSE(*f.open) << f.id << " still open while presenting";
    EXPECT_FALSE(ui.itemRect("menu.language")) << "the menu bar is hidden while presenting";
    keep(ui.screenshot(), "presentation");
    ui.pressKey(GLFW_KEY_F5);
    ui.frames(2);
    EXPECT_FALSE(ui.app().presentation.active);
    EXPECT_EQ(ui.app().show, before);
}

TEST(Presentation, HighContrastThemeOnlyWhilePresenting) {
    HeadlessUi ui({"--date", "2016-08-26"});
    ui.frames(2);
    const Style normal = ui.app().style;
    ui.app().presentation.highContrast = true;
    ui.frames(2);
    EXPECT_EQ(ui.app().style.syriaOutline, normal.syriaOutline) << "the theme waits for presentation mode";
    ui.pressKey(GLFW_KEY_F5);
    ui.frames(2);
    EXPECT_EQ(ui.app().style.syriaOutline, rgbaFromHex("#000000"));
    EXPECT_GT(ui.app().style.syriaOutlinePx, normal.syriaOutlinePx);
    keep(ui.screenshot(), "presentation-high-contrast");
    ui.pressKey(GLFW_KEY_ESCAPE);  // Escape also leaves presentation mode
    ui.frames(2);
    EXPECT_FALSE(ui.app().presentation.active);
    EXPECT_EQ(ui.app().style.syriaOutline, normal.syriaOutline);
    EXPECT_EQ(ui.app().style.syriaOutlinePx, normal.syriaOutlinePx);
}

TEST(TourPlayer, DrivesTheDateStepsWithKeysPausesAndStops) {
    HeadlessUi ui({"--date", "2013-01-01"});
    ui.frames(2);
    const Tour tour = shippedTour("03_damascus_evacuations");
    ui.app().tourPlayer.start(ui.app(), tour);
    ui.frames(30);  // half a second of the first step (a held date)
    EXPECT_TRUE(ui.app().tourPlayer.active());
    EXPECT_EQ(ui.app().tourPlayer.step(), 0u);
    EXPECT_EQ(ui.app().playback.current(), tour.steps[0].from);
    EXPECT_TRUE(ui.itemRect("tour.caption")) << "the caption is shown over the map";

    ui.pressKey(GLFW_KEY_RIGHT);
    ui.frames(60);  // one second into step 2, which animates 2016-08-20 .. 2016-09-05
    EXPECT_EQ(ui.app().tourPlayer.step(), 1u);
    const Day d = ui.app().playback.current();
    EXPECT_GT(d, tour.steps[1].from);
    EXPECT_LT(d, tour.steps[1].to);
    EXPECT_FALSE(ui.app().tourPlayer.ringedPlaces().empty()) << "the step's event rings Daraya";
    keep(ui.screenshot(), "tour-step-2");

    ui.pressKey(GLFW_KEY_SPACE);
    const double paused = ui.app().playback.day;
    ui.frames(30);
    EXPECT_TRUE(ui.app().tourPlayer.paused());
    EXPECT_EQ(ui.app().playback.day, paused) << "a paused tour holds its date";

    ui.pressKey(GLFW_KEY_PAGE_UP);  // a presentation clicker's "back"
    ui.frames(2);
    EXPECT_EQ(ui.app().tourPlayer.step(), 0u);
    ui.pressKey(GLFW_KEY_ESCAPE);
    ui.frames(2);
    EXPECT_FALSE(ui.app().tourPlayer.active());
}

TEST(TourPlayer, ARunsThroughItsStepsOnItsOwn) {
    HeadlessUi ui({"--date", "2013-01-01"});
    ui.frames(2);
    const Tour tour = shippedTour("02_three_models");
    ui.app().tourPlayer.start(ui.app(), tour);
    ui.frameSeconds = 0.25;  // coarse steps: the whole tour in a few hundred frames
    const int frames = static_cast<int>(tour.durationSeconds() / ui.frameSeconds) + 8;
    size_t lastStep = 0;
    for (int i = 0; i < frames; ++i) {
        ui.frame();
        EXPECT_GE(ui.app().tourPlayer.step(), lastStep) << "steps only move forward while playing";
        lastStep = ui.app().tourPlayer.step();
    }
    EXPECT_EQ(lastStep, tour.steps.size() - 1);
    EXPECT_TRUE(ui.app().tourPlayer.paused()) << "the last step holds at its end";
    EXPECT_EQ(ui.app().playback.current(), tour.steps.back().to);
}

TEST(Screenshot, F12SavesTheRequestedSizeWithATransparentSea) {
    const fs::path dir = scratchDir("shot");
    HeadlessUi ui({"--date", "2016-08-26"});
    ui.frames(3);
    ScreenshotState& s = ui.app().screenshot;
    s.folder = dir.string();
    s.width = 960;
    s.height = 540;
    s.transparent = true;
    s.overlays = OverlaySet{false, true, true, true, true};
    ui.pressKey(GLFW_KEY_F12);
    ui.frames(1);
    ASSERT_FALSE(s.lastPath.empty()) << s.lastResult;
    EXPECT_EQ(fs::path(s.lastPath).filename(), "truce-atlas-2016-08-26.png");
    const Image shot = readPng(s.lastPath);
    EXPECT_EQ(shot.width, 960);
    EXPECT_EQ(shot.height, 540);
    size_t clear = 0;
    for (size_t i = 3; i < shot.rgba.size(); i += 4) clear += shot.rgba[i] == 0;
    EXPECT_GT(clear, shot.rgba.size() / 4 / 50) << "the sea should be transparent";
    keep(shot, "screenshot-transparent");
    // A second one gets a new name instead of replacing the first.
    s.transparent = false;
    ui.pressKey(GLFW_KEY_F12);
    ui.frames(1);
    EXPECT_EQ(fs::path(s.lastPath).filename(), "truce-atlas-2016-08-26-2.png");
    const Image opaque = readPng(s.lastPath);
    for (size_t i = 3; i < opaque.rgba.size(); i += 4) ASSERT_EQ(opaque.rgba[i], 255);
    fs::remove_all(dir);
}

TEST(RecordDialog, RecordsOnAWorkerWhileTheWindowKeepsDrawing) {
    const fs::path dir = scratchDir("record");
    HeadlessUi ui({"--date", "2016-08-20"});
    ui.frames(2);
    ui.app().show.record = true;
    ui.frames(2);
    RecordDialogState& d = ui.app().recordDialog;
    d.from = "2016-08-20";
    d.to = "2016-09-05";
    d.seconds = 1;
    d.fps = 6;
    d.sizePreset = 3;  // 640 x 360
    d.format = 3;      // PNG frames
    d.output = (dir / "frames").string() + "/";
    ASSERT_TRUE(ui.clickItem("record.start"));
    ASSERT_TRUE(d.error.empty()) << d.error;
    int framesWhileRecording = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(3);
    while (d.job && std::chrono::steady_clock::now() < deadline) {
        ui.frame();
        ++framesWhileRecording;
    }
    ASSERT_FALSE(d.job) << "the recording did not finish";
    EXPECT_GT(framesWhileRecording, 3) << "the window stopped drawing while recording";
    EXPECT_EQ(d.lastResult.rfind("Recorded", 0), 0u) << d.lastResult;
    int files = 0;
    for (const auto& e : fs::directory_iterator(dir / "frames")) files += e.path().extension() == ".png";
    EXPECT_EQ(files, 6);
    EXPECT_EQ(readPng(dir / "frames" / pngFrameName(0)).width, 640);
    fs::remove_all(dir);
}

TEST(RecordDialog, CancelLeavesNothingBehind) {
    const fs::path dir = scratchDir("cancel");
    HeadlessUi ui({"--date", "2016-08-20"});
    ui.frames(2);
    ui.app().show.record = true;
    ui.frames(2);
    RecordDialogState& d = ui.app().recordDialog;
    d.from = "2013-01-01";
    d.to = "2018-12-31";
    d.seconds = 120;
    d.sizePreset = 3;
    d.format = 0;
    d.output = (dir / "long.mp4").string();
    ASSERT_TRUE(ui.clickItem("record.start"));
    for (int i = 0; i < 600 && d.job && d.job->framesEncoded() < 3; ++i) ui.frame();
    ASSERT_TRUE(d.job) << d.lastResult;
    ASSERT_TRUE(ui.clickItem("record.cancel"));
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(1);
    while (d.job && std::chrono::steady_clock::now() < deadline) ui.frame();
    ASSERT_FALSE(d.job);
    EXPECT_NE(d.lastResult.find("cancelled"), std::string::npos) << d.lastResult;
    EXPECT_TRUE(fs::is_empty(dir)) << "a cancelled recording left files";
    fs::remove_all(dir);
}
