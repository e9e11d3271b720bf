// The window's interface driven by synthetic input (headless_ui.hpp): real frames, real panes,
// mouse and keys fed through ImGui's IO, then assertions on the application state and on the
// rendered frame. EGL only: no X server needed.

#include "error.hpp"
#include "headless_ui.hpp"
#include "navigation.hpp"
#include "settings.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>

using namespace ta;

namespace {

Day day(int y, int m, int d) { return dayFromCivil(y, m, d); }

// The x pixel of a day on the timeline track, from the rectangle the pane publishes and its view.
float timelineX(HeadlessUi& ui, Day d) {
    const Rect track = *ui.itemRect("timeline.track");
    const TimelineView& v = ui.app().timelineView;
    return track.x + static_cast<float>(d - v.viewStart) / static_cast<float>(v.viewEnd - v.viewStart) * track.w;
}

// Days one pixel of the track spans (the precision a click can reach).
double daysPerPixel(HeadlessUi& ui) {
    const TimelineView& v = ui.app().timelineView;
    return static_cast<double>(v.viewEnd - v.viewStart) / ui.itemRect("timeline.track")->w;
}

int eventIndex(HeadlessUi& ui, const char* id) {
    const int e = ui.app().corpus->eventIndex(id);
    EXPECT_GE(e, 0) << id;
    return e;
}

// Keeps a frame for people to look at: <build>/ui-output/<name>.png.
void keep(const Image& image, const std::string& name) {
    const std::filesystem::path dir = std::filesystem::path(TA_BINARY_DIR) / "ui-output";
    std::filesystem::create_directories(dir);
    writePng(dir / (name + ".png"), image);
}

// Pixels that differ between two images inside a rectangle.
size_t differingPixels(const Image& a, const Image& b, const Rect& r) {
    size_t n = 0;
    for (int y = static_cast<int>(r.y); y < static_cast<int>(r.bottom()) && y < a.height; ++y)
        for (int x = static_cast<int>(r.x); x < static_cast<int>(r.right()) && x < a.width; ++x) {
            const uint8_t *p = a.pixel(x, y), *q = b.pixel(x, y);
            if (std::abs(p[0] - q[0]) + std::abs(p[1] - q[1]) + std::abs(p[2] - q[2]) > 30) ++n;
        }
    return n;
}

// Mean of (red + green) / 2 - blue in a rectangle: how yellow (the selection colour) it looks.
double yellowness(const Image& im, const Rect& r) {
    double sum = 0;
    size_t n = 0;
    for (int y = static_cast<int>(r.y); y < static_cast<int>(r.bottom()); ++y)
        for (int x = static_cast<int>(r.x); x < static_cast<int>(r.right()); ++x, ++n) {
            const uint8_t* p = im.pixel(x, y);
            sum += (p[0] + p[1]) / 2.0 - p[2];
        }
    return n ? sum / static_cast<double>(n) : 0;
}

}  // namespace

TEST(UiDriver, ClickingAndDraggingTheTimelineMovesTheDate) {
    HeadlessUi ui({"--date", "2013-01-01"});
    ui.frames(2);
    ASSERT_TRUE(ui.itemRect("timeline.track"));
    const Rect lane = *ui.itemRect("timeline.lane");
    // Below the event lane (on the axis) a click never lands on an event tick.
    const float axisY = lane.bottom() + 6;
    ui.click(timelineX(ui, day(2016, 8, 26)), axisY);
    EXPECT_NEAR(ui.app().playback.current() - day(2016, 8, 26), 0, daysPerPixel(ui) + 1);

    ui.drag(timelineX(ui, day(2014, 1, 1)), axisY, timelineX(ui, day(2015, 6, 1)), axisY);
    EXPECT_NEAR(ui.app().playback.current() - day(2015, 6, 1), 0, daysPerPixel(ui) + 1);
    EXPECT_EQ(ui.app().timeline.day, ui.app().playback.current());  // the map's state follows at once
}

TEST(UiDriver, TheWheelZoomsTheTimelineAndATickClickSelectsItsEvent) {
    HeadlessUi ui({"--date", "2016-01-01"});
    ui.frames(2);
    const Rect lane = *ui.itemRect("timeline.lane");
    const int32_t before = ui.app().timelineView.viewEnd - ui.app().timelineView.viewStart;
    for (int i = 0; i < 10; ++i) ui.wheel(timelineX(ui, day(2016, 8, 26)), lane.y + lane.h / 2, 1);
    const int32_t after = ui.app().timelineView.viewEnd - ui.app().timelineView.viewStart;
    EXPECT_LT(after * 5, before) << "ten notches should zoom in about ninefold";
    EXPECT_LT(ui.app().timelineView.viewStart, day(2016, 8, 26));
    EXPECT_GT(ui.app().timelineView.viewEnd, day(2016, 8, 26));

    // Zoomed in, the ticks of late August 2016 are far enough apart to click one.
    ui.click(timelineX(ui, day(2016, 8, 26)) + 1, lane.y + lane.h * 0.3f);
    EXPECT_EQ(ui.app().selection.event, eventIndex(ui, "daraya-2016-08-agreement"));
    EXPECT_EQ(ui.app().playback.current(), day(2016, 8, 26));
}

TEST(UiDriver, ShiftDragOnTheTimelineSetsTheLoopRange) {
    HeadlessUi ui({"--date", "2013-01-01"});
    ui.frames(2);
    const Rect lane = *ui.itemRect("timeline.lane");
    ui.drag(timelineX(ui, day(2016, 1, 1)), lane.bottom() + 6, timelineX(ui, day(2016, 7, 1)), lane.bottom() + 6, 6, /*shift=*/true);
    const Playback& pb = ui.app().playback;
    EXPECT_TRUE(pb.loop);
    EXPECT_NEAR(pb.loopStart - day(2016, 1, 1), 0, daysPerPixel(ui) + 1);
    EXPECT_NEAR(pb.loopEnd - day(2016, 7, 1), 0, daysPerPixel(ui) + 1);
    EXPECT_EQ(pb.current(), day(2013, 1, 1));  // choosing a range does not move the date
}

TEST(UiDriver, ClickingACaseRowSelectsTheCaseFliesThereAndSelectsItsLatestEvent) {
    HeadlessUi ui({"--date", "2017-01-01"});
    ui.frames(2);
    const Image before = ui.screenshot();
    const Camera home = ui.app().camera;
    ASSERT_TRUE(ui.clickItem("cases.row.14"));
    const AppContext& app = ui.app();
    const int daraya = app.corpus->caseIndexById("daraya");
    EXPECT_EQ(app.selection.caseIndex, daraya);
    EXPECT_EQ(app.selection.event, eventIndex(ui, "daraya-2016-08-agreement"));  // the latest before 2017
    EXPECT_TRUE(app.flight.active);
    ui.frames(60);  // one second at 60 frames per second: the flight (0.8 s) has landed
    EXPECT_FALSE(app.flight.active);
    EXPECT_LT(app.camera.metresPerPixel, home.metresPerPixel / 4) << "the map should have zoomed in on Daraya";
    const Vec2 px = app.camera.worldToScreen(app.corpusGeometry.places[static_cast<size_t>(app.corpus->placeIndex("daraya"))]);
    EXPECT_TRUE(app.layout.map.contains(static_cast<float>(px.x), static_cast<float>(px.y))) << px.x << "," << px.y;

    // The row is highlighted in the selection colour, and the details pane now shows the agreement.
    const Image after = ui.screenshot();
    keep(after, "case-daraya-selected");
    const Rect row = *ui.itemRect("cases.row.14");
    EXPECT_GT(yellowness(after, row), yellowness(before, row) + 10);
    EXPECT_GT(differingPixels(before, after, app.layout.right), 2000u);

    // At an earlier date the same click selects the event in force then.
    HeadlessUi early({"--date", "2015-01-01"});
    early.frames(2);
    early.clickItem("cases.row.14");
    EXPECT_EQ(early.app().selection.event, eventIndex(early, "daraya-2014-09-ministry-meeting"));
}

TEST(UiDriver, AligningTheCasesChartIsOneClick) {
    HeadlessUi ui({"--date", "2017-01-01"});
    ui.frames(2);
    const Image before = ui.screenshot();
    ASSERT_TRUE(ui.clickItem("cases.align"));
    EXPECT_TRUE(ui.app().casesView.alignAtFirstAgreement);
    EXPECT_GT(differingPixels(before, ui.screenshot(), *ui.itemRect("cases.row.13")), 50u) << "al-Waer's row should move";
}

TEST(UiDriver, TheLanguageSwitchesFromTheMenuAndWithCtrlL) {
    HeadlessUi ui({"--select", "daraya-2016-08-agreement"});
    ui.frames(4);  // panes learn their content's height in their first frames (scroll bars appear)
    const Image english = ui.screenshot();
    ASSERT_TRUE(ui.clickItem("menu.language"));
    ASSERT_TRUE(ui.itemRect("menu.lang.ar")) << "the Language menu did not open";
    ASSERT_TRUE(ui.clickItem("menu.lang.ar"));
    EXPECT_EQ(ui.app().lang, Lang::Ar);
    ui.frames(2);
    const Image arabic = ui.screenshot();
    keep(english, "language-en");
    keep(arabic, "language-ar");
    // Every pane's text changed: the details, the timeline's controls, the legend.
    EXPECT_GT(differingPixels(english, arabic, ui.app().layout.right), 5000u);
    EXPECT_GT(differingPixels(english, arabic, ui.app().layout.leftBottom), 500u);
    EXPECT_EQ(ui.app().selection.event, eventIndex(ui, "daraya-2016-08-agreement"));  // the selection stays

    ui.pressKey(GLFW_KEY_L, /*ctrl=*/true);
    EXPECT_EQ(ui.app().lang, Lang::En);
    ui.frames(2);
    keep(ui.screenshot(), "language-en-again");
    EXPECT_LT(differingPixels(english, ui.screenshot(), ui.app().layout.right), 200u) << "back in English, the pane reads as before";
}

TEST(UiDriver, SpacePlaysAndPausesTheTimeline) {
    HeadlessUi ui({"--date", "2014-01-01"});
    ui.frames(2);
    ui.app().playback.daysPerSecond = 60;
    ui.pressKey(GLFW_KEY_SPACE);
    EXPECT_TRUE(ui.app().playback.playing);
    ui.frames(60);  // one second
    const int32_t moved = ui.app().playback.current() - day(2014, 1, 1);
    EXPECT_GE(moved, 58);
    EXPECT_LE(moved, 63);
    EXPECT_EQ(ui.app().timeline.day, ui.app().playback.current());
    ui.pressKey(GLFW_KEY_SPACE);
    EXPECT_FALSE(ui.app().playback.playing);
    const Day stopped = ui.app().playback.current();
    ui.frames(30);
    EXPECT_EQ(ui.app().playback.current(), stopped);
}

TEST(UiDriver, ArrowKeysStepFromEventToEvent) {
    HeadlessUi ui({"--select", "daraya-2016-08-agreement"});
    ui.frames(2);
    const int daraya = eventIndex(ui, "daraya-2016-08-agreement");
    ui.pressKey(GLFW_KEY_RIGHT);
    EXPECT_EQ(ui.app().selection.event, daraya + 1);
    EXPECT_EQ(ui.app().playback.current(), ui.app().corpus->events()[static_cast<size_t>(daraya + 1)].day());
    ui.pressKey(GLFW_KEY_LEFT);
    ui.pressKey(GLFW_KEY_LEFT);
    EXPECT_EQ(ui.app().selection.event, daraya - 1);
    EXPECT_EQ(ui.app().playback.current(), ui.app().corpus->events()[static_cast<size_t>(daraya - 1)].day());

    // The filters decide which events the keys visit.
    ui.app().filters.kinds = {"final_settlement"};
    ui.pressKey(GLFW_KEY_RIGHT);
    EXPECT_EQ(ui.app().corpus->events()[static_cast<size_t>(ui.app().selection.event)].kind, "final_settlement");
}

TEST(UiDriver, SelectOpensOnAnEvent) {
    HeadlessUi plain({});
    plain.frames(2);
    HeadlessUi ui({"--select", "daraya-2016-08-agreement"});
    ui.frames(2);
    const AppContext& app = ui.app();
    EXPECT_EQ(app.selection.event, eventIndex(ui, "daraya-2016-08-agreement"));
    EXPECT_EQ(app.selection.caseIndex, app.corpus->caseIndexById("daraya"));
    EXPECT_EQ(app.playback.current(), day(2016, 8, 26));
    // The map opens on the agreement's place, already there (no flight at start).
    EXPECT_FALSE(app.flight.active);
    EXPECT_LT(app.camera.metresPerPixel, plain.app().camera.metresPerPixel / 4);
    const Vec2 px = app.camera.worldToScreen(app.corpusGeometry.places[static_cast<size_t>(app.corpus->placeIndex("daraya"))]);
    EXPECT_NEAR(px.x, app.layout.map.x + app.layout.map.w / 2, 2);
    // The details pane shows it: far more text than the empty pane's hint.
    EXPECT_GT(differingPixels(plain.screenshot(), ui.screenshot(), app.layout.right), 5000u);

    // With --date, the date stays where the lesson wants it.
    HeadlessUi dated({"--select", "daraya-2016-08-agreement", "--date", "2016-01-01"});
    dated.frames(1);
    EXPECT_EQ(dated.app().playback.current(), day(2016, 1, 1));
    EXPECT_THROW(HeadlessUi({"--select", "no-such-event"}), UsageError);
}

TEST(UiDriver, ClickingAPlaceOnTheMapSelectsItAndItsLatestEvent) {
    HeadlessUi ui({"--select", "daraya-2016-08-agreement", "--date", "2016-12-01"});
    ui.frames(2);
    ui.app().selection = {};
    const AppContext& app = ui.app();
    const int daraya = app.corpus->placeIndex("daraya");
    const Vec2 px = app.camera.worldToScreen(app.corpusGeometry.places[static_cast<size_t>(daraya)]);
    ui.click(static_cast<float>(px.x) + 2, static_cast<float>(px.y) - 1);
    EXPECT_EQ(app.selection.place, daraya);
    EXPECT_EQ(app.selection.event, eventIndex(ui, "daraya-2016-08-agreement"));
    EXPECT_EQ(app.hoveredPlace, daraya);  // and the hover tooltip names it

    // A drag pans instead of selecting.
    ui.app().selection = {};
    const Vec2 centre = app.camera.center;
    ui.drag(static_cast<float>(px.x), static_cast<float>(px.y), static_cast<float>(px.x) + 80, static_cast<float>(px.y) + 10);
    EXPECT_EQ(app.selection.place, -1);
    EXPECT_NEAR(app.camera.center.x, centre.x - 80 * app.camera.metresPerPixel, app.camera.metresPerPixel * 6);
}

TEST(UiDriver, TypingADateJumpsToIt) {
    HeadlessUi ui({"--date", "2013-01-01"});
    ui.frames(2);
    ASSERT_TRUE(ui.clickItem("timeline.goto"));
    ui.typeText("2015-03-07");
    ui.pressKey(GLFW_KEY_ENTER);
    EXPECT_EQ(ui.app().playback.current(), day(2015, 3, 7));
    EXPECT_TRUE(ui.app().timelineView.dateError.empty());

    ui.clickItem("timeline.goto");
    ui.typeText("2015-13-01");
    ui.pressKey(GLFW_KEY_ENTER);
    EXPECT_EQ(ui.app().playback.current(), day(2015, 3, 7));
    EXPECT_NE(ui.app().timelineView.dateError.find("13"), std::string::npos) << ui.app().timelineView.dateError;
    // While typing, Space and the arrows belong to the field, not to the timeline.
    ui.clickItem("timeline.goto");
    ui.pressKey(GLFW_KEY_SPACE);
    EXPECT_FALSE(ui.app().playback.playing);
}

TEST(UiDriver, SettingsCarryTheSessionIntoTheNextStart) {
    const std::filesystem::path file = std::filesystem::temp_directory_path() / ("ta-ui-settings-" + std::to_string(::getpid()) + ".json");
    {
        HeadlessUi ui({"--date", "2014-05-05"});
        ui.frames(2);
        ui.clickItem("cases.row.13");
        ui.frames(60);
        ui.pressKey(GLFW_KEY_L, true);
        ui.app().show.legend = false;
        ui.app().filters.kinds = {"truce"};
        saveSettings(file, captureSettings(ui.app()));
    }
    const SettingsLoad loaded = loadSettings(file);
    std::filesystem::remove(file);
    ASSERT_TRUE(loaded.settings);
    HeadlessUi ui({}, 1280, 720, loaded.settings);
    ui.frames(2);
    const AppContext& app = ui.app();
    EXPECT_EQ(app.playback.current(), day(2014, 5, 5));
    EXPECT_EQ(app.lang, Lang::Ar);
    EXPECT_EQ(app.selection.caseIndex, app.corpus->caseIndexById("al-waer"));
    EXPECT_FALSE(app.show.legend);
    EXPECT_EQ(app.filters.kinds, std::vector<std::string>{"truce"});
    EXPECT_NEAR(app.camera.center.x, loaded.settings->camera->x, 1e-6);
    EXPECT_NEAR(app.camera.metresPerPixel, loaded.settings->camera->metresPerPixel, 1e-9);

    // Start options win over the settings.
    HeadlessUi overridden({"--date", "2016-01-01", "--lang", "en"}, 1280, 720, loaded.settings);
    overridden.frames(1);
    EXPECT_EQ(overridden.app().playback.current(), day(2016, 1, 1));
    EXPECT_EQ(overridden.app().lang, Lang::En);
}
