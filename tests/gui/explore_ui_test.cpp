// The explorer's panes driven through the real frame loop (headless_ui.hpp): clicking a matrix
// cell selects its agreement, search finds 'داريا' and 'Daraya' and Enter selects, filters hide
// places on the map, a category marks places on the map. Screenshots of the panes in both
// languages go to <build>/explore-ui/ (looked at by hand; the assertions here do not need them).

#include "headless_ui.hpp"
#include "image.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>

using namespace ta;

namespace {

constexpr int kW = 1920, kH = 1080;

void save(HeadlessUi& ui, const std::string& name) {
    const std::filesystem::path dir = std::filesystem::path(TA_BINARY_DIR) / "explore-ui";
    std::filesystem::create_directories(dir);
    writePng((dir / name).string(), ui.screenshot());
}

bool near(const uint8_t* p, Rgba c, int tol) {
    return std::abs(p[0] - static_cast<int>(c.r * 255)) <= tol && std::abs(p[1] - static_cast<int>(c.g * 255)) <= tol &&
           std::abs(p[2] - static_cast<int>(c.b * 255)) <= tol;
}

// Pixels of colour `c` within `radius` px of the screen position of corpus place `p`.
size_t pixelsAround(HeadlessUi& ui, const Image& im, int p, Rgba c, float radius) {
    const Vec2 s = ui.app().camera.worldToScreen(ui.app().corpusGeometry.places[static_cast<size_t>(p)]);
    size_t n = 0;
    for (int y = static_cast<int>(s.y - radius); y <= static_cast<int>(s.y + radius); ++y)
        for (int x = static_cast<int>(s.x - radius); x <= static_cast<int>(s.x + radius); ++x)
            if (x >= 0 && y >= 0 && x < im.width && y < im.height && near(im.pixel(x, y), c, 12)) ++n;
    return n;
}

// Pixels of colour `c` inside the map's free area, outside the rectangle `except` (a pane over it).
size_t pixelsInMap(HeadlessUi& ui, const Image& im, Rgba c, const Rect& except) {
    const Rect& r = ui.app().layout.map;
    size_t n = 0;
    for (int y = static_cast<int>(r.y); y < static_cast<int>(r.bottom()) && y < im.height; ++y)
        for (int x = static_cast<int>(r.x); x < static_cast<int>(r.right()) && x < im.width; ++x)
            if (!except.contains(static_cast<float>(x), static_cast<float>(y)) && near(im.pixel(x, y), c, 12)) ++n;
    return n;
}

void closeSidePanes(AppContext& app) {
    app.show.details = false;
    app.show.cases = false;
    app.show.legend = false;
}

}  // namespace

TEST(ExploreUi, ClickingAMatrixCellSelectsItsAgreementAndShowsTheClause) {
    HeadlessUi ui({"--date", "2013-01-01"}, kW, kH);
    ASSERT_TRUE(ui.app().corpus);
    ui.app().show.compare = true;
    // Fewer rows: the final settlements Russia guaranteed; the Eastern Qalamoun one is the fourth.
    ui.app().filters.kinds = {"final_settlement"};
    ui.app().filters.guarantors = {"russia"};
    ui.frames(3);
    const corpus::Corpus& c = *ui.app().corpus;
    const std::string cellId = "compare.cell.eastern-qalamoun-2018-04-final.conscription_deferral";
    ASSERT_TRUE(ui.itemRect(cellId)) << "the cell is not drawn";
    ASSERT_TRUE(ui.clickItem(cellId));
    ui.frames(2);
    const int e = c.eventIndex("eastern-qalamoun-2018-04-final");
    EXPECT_EQ(ui.app().selection.event, e);
    EXPECT_EQ(ui.app().explore.matrix.cellEvent, e);
    const corpus::Term* cat = c.findCategory("conscription_deferral");
    ASSERT_NE(cat, nullptr);
    EXPECT_EQ(ui.app().explore.matrix.cellCategory, static_cast<int>(cat - c.taxonomy().categories.data()));
    EXPECT_EQ(ui.app().playback.current(), c.events()[static_cast<size_t>(e)].day());  // the timeline went to it
    save(ui, "compare_cell_en.png");
    ui.app().post(cmd::SetLanguage{Lang::Ar});
    ui.frames(3);
    save(ui, "compare_cell_ar.png");
}

TEST(ExploreUi, SearchFindsDarayaInBothScriptsAndEnterSelects) {
    for (const char* q : {"داريا", "Daraya", "داريّا"}) {
        HeadlessUi ui({"--date", "2013-01-01"}, kW, kH);
        ui.app().show.search = true;
        ui.frames(2);
        ASSERT_TRUE(ui.clickItem("search.field"));
        ui.typeText(q);
        ui.frames(2);
        const auto& results = ui.app().explore.search.results;
        ASSERT_FALSE(results.empty()) << q;
        EXPECT_TRUE(std::any_of(results.begin(), results.end(), [](const explore::SearchResult& r) { return r.hit.kind == "place" && r.hit.id == "daraya"; })) << q;
        ui.pressKey(GLFW_KEY_ENTER);
        ui.frames(2);
        // The first hit is selected: Daraya itself, or one of Daraya's events.
        const corpus::Corpus& c = *ui.app().corpus;
        const Selection& s = ui.app().selection;
        const bool daraya = s.place == c.placeIndex("daraya") ||
                            (s.event >= 0 && c.events()[static_cast<size_t>(s.event)].id.rfind("daraya-", 0) == 0);
        EXPECT_TRUE(daraya) << q << ": selected event " << s.event << ", place " << s.place;
        if (std::string(q) == "داريّا") save(ui, "search_daraya.png");
    }
}

TEST(ExploreUi, SearchForJarablusListsTheDealsThatSentPeopleThere) {
    HeadlessUi ui({"--date", "2013-01-01", "--lang", "ar"}, kW, kH);
    ui.app().show.search = true;
    ui.frames(2);
    ASSERT_TRUE(ui.clickItem("search.field"));
    ui.typeText("جرابلس");
    ui.frames(3);
    const corpus::Corpus& c = *ui.app().corpus;
    std::string arrival;
    for (const corpus::Event& e : c.events())
        if (ui.itemRect("search.arrival." + e.id)) arrival = e.id;
    ASSERT_FALSE(arrival.empty()) << "no deal listed under Jarablus";
    ASSERT_TRUE(ui.clickItem("search.arrival." + arrival));
    ui.frames(2);
    EXPECT_EQ(ui.app().selection.event, c.eventIndex(arrival));
    save(ui, "search_jarablus_ar.png");
}

TEST(ExploreUi, FiltersHideEventsOnTheMapAndInTheLists) {
    HeadlessUi ui({"--date", "2018-12-01"}, kW, kH);
    closeSidePanes(ui.app());
    ui.app().show.filters = true;
    ui.frames(3);
    const corpus::Corpus& c = *ui.app().corpus;
    const Image before = ui.screenshot();
    ASSERT_TRUE(ui.clickItem("filters.guarantor.egypt"));
    ui.frames(3);
    EXPECT_EQ(ui.app().filters.guarantors, std::vector<std::string>{"egypt"});
    const auto& emphasis = ui.app().explore.placeEmphasis;
    ASSERT_EQ(emphasis.size(), c.places().size());
    const int daraya = c.placeIndex("daraya"), yalda = c.placeIndex("yalda");
    EXPECT_EQ(emphasis[static_cast<size_t>(daraya)], PlaceEmphasis::Hidden);
    EXPECT_EQ(emphasis[static_cast<size_t>(yalda)], PlaceEmphasis::Normal);
    // The pane lists the matching events: the Cairo accession of the southern towns, and no Daraya event.
    EXPECT_TRUE(ui.itemRect("filters.match.south-damascus-2017-10-cairo"));
    for (const corpus::Event& e : c.events())
        if (e.id.rfind("daraya-", 0) == 0) EXPECT_FALSE(ui.itemRect("filters.match." + e.id)) << e.id;
    // Daraya's symbol is gone from the map: its status colour no longer shows at its position.
    const Image after = ui.screenshot();
    const Rgba darayaColor = ui.app().style.statusColor(corpus::statusId(ui.app().timeline.places[static_cast<size_t>(daraya)].status));
    EXPECT_GT(pixelsAround(ui, before, daraya, darayaColor, 3), 4u);
    EXPECT_EQ(pixelsAround(ui, after, daraya, darayaColor, 3), 0u);
    save(ui, "filters_egypt_en.png");

    // The arrow keys step only through the events that pass.
    ui.pressKey(GLFW_KEY_LEFT);
    ui.frames(1);
    ASSERT_GE(ui.app().selection.event, 0);
    EXPECT_TRUE(eventPasses(ui.app().filters, c, static_cast<size_t>(ui.app().selection.event)));

    ui.app().post(cmd::SetLanguage{Lang::Ar});
    ui.frames(3);
    save(ui, "filters_egypt_ar.png");
    ASSERT_TRUE(ui.clickItem("filters.clear"));
    ui.frames(2);
    EXPECT_FALSE(ui.app().filters.active());
    EXPECT_TRUE(ui.app().explore.placeEmphasis.empty());
}

TEST(ExploreUi, ChoosingACategoryMarksItsPlacesOnTheMap) {
    HeadlessUi ui({"--date", "2018-12-01"}, kW, kH);
    ui.app().show.compare = true;
    ui.frames(3);
    const Rgba ring = ui.app().style.markedRing;
    ASSERT_TRUE(ui.itemRect("compare.window"));
    const Rect pane = *ui.itemRect("compare.window");
    const size_t before = pixelsInMap(ui, ui.screenshot(), ring, pane);
    ASSERT_TRUE(ui.clickItem("compare.header.russian_military_police"));
    ui.frames(3);
    EXPECT_EQ(ui.app().explore.matrix.colourCategory, "russian_military_police");
    const corpus::Corpus& c = *ui.app().corpus;
    const auto& emphasis = ui.app().explore.placeEmphasis;
    ASSERT_EQ(emphasis.size(), c.places().size());
    const size_t marked = static_cast<size_t>(std::count(emphasis.begin(), emphasis.end(), PlaceEmphasis::Marked));
    EXPECT_GT(marked, 0u);
    // The rings are drawn: many more pixels of the ring colour than before.
    const Image shot = ui.screenshot();
    EXPECT_GT(pixelsInMap(ui, shot, ring, pane), before + 200);
    save(ui, "compare_category_en.png");
    ui.app().post(cmd::SetLanguage{Lang::Ar});
    ui.frames(3);
    save(ui, "compare_category_ar.png");
}

TEST(ExploreUi, WhatChangedMarksTheChangedPlaces) {
    HeadlessUi ui({"--date", "2016-12-31"}, kW, kH);
    ui.app().show.changes = true;
    ui.app().filters.governorates = {"rif-dimashq"};
    ui.frames(3);
    const corpus::Corpus& c = *ui.app().corpus;
    // 2016 in the Damascus countryside: Daraya (August) and Moadamiyeh (October) among the changes.
    EXPECT_TRUE(ui.itemRect("changes.place.daraya"));
    const auto& emphasis = ui.app().explore.placeEmphasis;
    ASSERT_EQ(emphasis.size(), c.places().size());
    EXPECT_EQ(emphasis[static_cast<size_t>(c.placeIndex("daraya"))], PlaceEmphasis::Marked);
    ASSERT_TRUE(ui.clickItem("changes.place.daraya"));
    ui.frames(2);
    EXPECT_EQ(ui.app().selection.place, c.placeIndex("daraya"));
    save(ui, "changes_2016_en.png");
    ui.app().post(cmd::SetLanguage{Lang::Ar});
    ui.frames(3);
    save(ui, "changes_2016_ar.png");

    // A range chosen on the timeline: the dates follow the loop range.
    ui.app().playback.setLoopRange(dayFromCivil(2018, 3, 1), dayFromCivil(2018, 5, 1));
    ASSERT_TRUE(ui.clickItem("changes.follow_loop"));
    ui.frames(2);
    EXPECT_EQ(ui.app().explore.changes.fromText, "2018-03-01");
    EXPECT_EQ(ui.app().explore.changes.toText, "2018-05-01");
    EXPECT_TRUE(ui.itemRect("changes.place.douma"));  // Eastern Ghouta's last pocket, April 2018
    EXPECT_FALSE(ui.itemRect("changes.place.daraya"));

    // A date that does not parse says so and marks nothing.
    ASSERT_TRUE(ui.clickItem("changes.follow_loop"));
    ui.frames(1);
    ui.app().explore.changes.fromText = "2018-13-01";
    ui.frames(2);
    EXPECT_NE(ui.app().explore.changes.error.find("2018-13-01"), std::string::npos);
    for (PlaceEmphasis e : ui.app().explore.placeEmphasis) EXPECT_NE(e, PlaceEmphasis::Marked);
}
