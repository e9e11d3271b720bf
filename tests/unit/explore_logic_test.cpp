// The exploration panes' pure logic on the real corpus: stepping through events, a case's latest
// event, the cases chart rows, the timeline's marks and histogram, filters, line breaking for
// Arabic, the pane layout and camera fitting, the fly-to animation and the playback loop.

#include "camera_flight.hpp"
#include "case_chart.hpp"
#include "filters.hpp"
#include "load_corpus.hpp"
#include "navigation.hpp"
#include "pane_layout.hpp"
#include "playback.hpp"
#include "text_wrap.hpp"
#include "timeline_marks.hpp"

#include <gtest/gtest.h>

#include <filesystem>

using namespace ta;

namespace {

Day day(int y, int m, int d) { return dayFromCivil(y, m, d); }

class ExploreLogic : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        corpus::LoadResult r = corpus::loadCorpus(std::filesystem::path(TA_SOURCE_DIR) / "corpus" / "data");
        ASSERT_TRUE(r.corpus) << r.diagnostics.formatAll();
        s_corpus = new corpus::Corpus(std::move(*r.corpus));
    }
    static void TearDownTestSuite() {
        delete s_corpus;
        s_corpus = nullptr;
    }
    static const corpus::Corpus& c() { return *s_corpus; }
    static int event(const char* id) { return c().eventIndex(id); }
    static size_t caseIndexOf(const char* slug) { return static_cast<size_t>(c().caseIndexById(slug)); }
    static corpus::Corpus* s_corpus;
};
corpus::Corpus* ExploreLogic::s_corpus = nullptr;

}  // namespace

TEST_F(ExploreLogic, StepEventWalksTheEventsInDayOrder) {
    const Filters none;
    const int daraya = event("daraya-2016-08-agreement");
    ASSERT_GE(daraya, 0);
    // From the agreement itself, the next event is the one after it in corpus order.
    const auto next = stepEvent(c(), none, day(2016, 8, 26), daraya, +1);
    ASSERT_TRUE(next);
    EXPECT_EQ(*next, daraya + 1);
    const auto prev = stepEvent(c(), none, day(2016, 8, 26), daraya, -1);
    ASSERT_TRUE(prev);
    EXPECT_EQ(*prev, daraya - 1);
    // From a date with nothing selected: the first event strictly after (or before) it.
    const auto after = stepEvent(c(), none, day(2016, 8, 25), -1, +1);
    ASSERT_TRUE(after);
    EXPECT_GT(c().events()[static_cast<size_t>(*after)].day(), day(2016, 8, 25));
    EXPECT_LE(c().events()[static_cast<size_t>(*after)].day(), day(2016, 8, 26));
    // Nothing before the first event nor after the last.
    EXPECT_FALSE(stepEvent(c(), none, day(2011, 1, 1), -1, -1));
    EXPECT_FALSE(stepEvent(c(), none, day(2019, 1, 1), -1, +1));
}

TEST_F(ExploreLogic, StepEventObeysTheFilters) {
    Filters settlements;
    settlements.kinds = {"final_settlement"};
    Day d = day(2011, 1, 1);
    int selected = -1, seen = 0;
    while (const auto next = stepEvent(c(), settlements, d, selected, +1)) {
        EXPECT_EQ(c().events()[static_cast<size_t>(*next)].kind, "final_settlement");
        selected = *next;
        d = c().events()[static_cast<size_t>(*next)].day();
        ++seen;
    }
    size_t expected = 0;
    for (const auto& e : c().events()) expected += e.kind == "final_settlement";
    EXPECT_EQ(static_cast<size_t>(seen), expected);
    EXPECT_GT(seen, 5);
}

TEST_F(ExploreLogic, LatestEventOfACaseIsTheLastOnOrBeforeTheDate) {
    const size_t daraya = caseIndexOf("daraya");
    EXPECT_EQ(latestEventOfCase(c(), daraya, day(2016, 9, 1)), event("daraya-2016-08-agreement"));
    EXPECT_EQ(latestEventOfCase(c(), daraya, day(2016, 8, 26)), event("daraya-2016-08-agreement"));
    EXPECT_EQ(latestEventOfCase(c(), daraya, day(2015, 1, 1)), event("daraya-2014-09-ministry-meeting"));
    // Before its first event: the first one, so a click always shows something.
    EXPECT_EQ(latestEventOfCase(c(), daraya, day(2012, 1, 1)), event("daraya-2014-09-ministry-meeting"));
    EXPECT_EQ(latestEventOfPlace(c(), static_cast<size_t>(c().placeIndex("daraya")), day(2017, 1, 1)), event("daraya-2016-08-agreement"));
}

TEST_F(ExploreLogic, CaseRowsFollowTheTimeline) {
    const std::vector<CaseRow> rows = buildCaseRows(c(), day(2011, 1, 1), day(2019, 1, 1));
    ASSERT_EQ(rows.size(), 20u);
    const CaseRow& daraya = rows[caseIndexOf("daraya")];
    ASSERT_TRUE(daraya.finalSettlement);
    EXPECT_EQ(*daraya.finalSettlement, day(2016, 8, 26));
    // Daraya never had a truce: its first agreement is the settlement itself.
    ASSERT_TRUE(daraya.firstAgreement);
    EXPECT_EQ(*daraya.firstAgreement, day(2016, 8, 26));
    EXPECT_EQ(daraya.daysToSettlement(), 0);
    ASSERT_FALSE(daraya.segments.empty());
    for (const CaseSegment& s : daraya.segments) {
        EXPECT_NE(s.status, corpus::Status::Truce) << formatIsoDay(s.from);
        EXPECT_LT(s.from, s.to);
    }
    EXPECT_EQ(daraya.segments.back().status, corpus::Status::Evacuated);
    EXPECT_EQ(daraya.segments.back().to, day(2019, 1, 1));

    // A case with a truce stage before its settlement shows it, and a positive duration: al-Waer's
    // agreement of December 2015 to its settlement of March 2017.
    const CaseRow& waer = rows[caseIndexOf("al-waer")];
    ASSERT_TRUE(waer.firstAgreement && waer.finalSettlement);
    EXPECT_EQ(*waer.firstAgreement, day(2015, 12, 5));
    EXPECT_EQ(*waer.finalSettlement, day(2017, 3, 13));
    EXPECT_EQ(*waer.daysToSettlement(), day(2017, 3, 13) - day(2015, 12, 5));
    bool truce = false;
    for (const CaseSegment& s : waer.segments) truce |= s.status == corpus::Status::Truce || s.status == corpus::Status::Deescalation;
    EXPECT_TRUE(truce);
    // Segments never overlap and stay in order.
    for (const CaseRow& row : rows)
        for (size_t i = 1; i < row.segments.size(); ++i) EXPECT_LE(row.segments[i - 1].to, row.segments[i].from);
}

TEST_F(ExploreLogic, CaseStatusIsTheMajorityOfItsPlaces) {
    corpus::TimelineState s;
    s.places.resize(3);
    s.places[0].status = corpus::Status::Truce;
    s.places[1].status = corpus::Status::Truce;
    s.places[2].status = corpus::Status::Settled;
    EXPECT_EQ(caseStatus(s, {0, 1, 2}), corpus::Status::Truce);
    EXPECT_EQ(caseStatus(s, {0, 2}), corpus::Status::Settled);  // a tie goes to the further-along status
    EXPECT_EQ(caseStatus(s, {}), corpus::Status::None);
}

TEST_F(ExploreLogic, TimelineMarksSpanImpreciseDatesAndCountMonths) {
    const Filters none;
    const TimelineMarks marks = buildTimelineMarks(c(), none, day(2011, 1, 1), day(2019, 1, 1));
    EXPECT_EQ(marks.events.size(), c().events().size());
    int total = 0;
    for (int n : marks.monthly) total += n;
    size_t inRange = 0;
    for (const auto& e : c().events()) inRange += e.day() >= day(2011, 1, 1) && e.day() < day(2019, 1, 1);
    EXPECT_EQ(static_cast<size_t>(total), inRange);
    EXPECT_EQ(marks.monthly.size(), 96u);

    const auto meeting = std::find_if(marks.events.begin(), marks.events.end(),
                                      [&](const EventMark& m) { return static_cast<int>(m.event) == event("daraya-2014-09-ministry-meeting"); });
    ASSERT_NE(meeting, marks.events.end());
    EXPECT_TRUE(meeting->span());  // "2014-09": the whole month
    EXPECT_EQ(meeting->first, day(2014, 9, 1));
    EXPECT_EQ(meeting->last, day(2014, 9, 30));
    const auto agreement = std::find_if(marks.events.begin(), marks.events.end(),
                                        [&](const EventMark& m) { return static_cast<int>(m.event) == event("daraya-2016-08-agreement"); });
    ASSERT_NE(agreement, marks.events.end());
    EXPECT_FALSE(agreement->span());
    EXPECT_EQ(marks.monthly[static_cast<size_t>(monthsBetween(marks.firstMonth, day(2016, 8, 26)))] > 0, true);

    Filters truces;
    truces.kinds = {"truce"};
    const TimelineMarks filtered = buildTimelineMarks(c(), truces, day(2011, 1, 1), day(2019, 1, 1));
    EXPECT_LT(filtered.events.size(), marks.events.size());
    for (const EventMark& m : filtered.events) EXPECT_EQ(c().events()[m.event].kind, "truce");
}

TEST_F(ExploreLogic, FiltersCombineFields) {
    Filters f;
    EXPECT_FALSE(f.active());
    const size_t daraya = static_cast<size_t>(event("daraya-2016-08-agreement"));
    EXPECT_TRUE(eventPasses(f, c(), daraya));
    f.governorates = {"rif-dimashq"};
    EXPECT_TRUE(eventPasses(f, c(), daraya));
    f.kinds = {"truce"};
    EXPECT_FALSE(eventPasses(f, c(), daraya));
    f.kinds = {"final_settlement", "truce"};
    EXPECT_TRUE(eventPasses(f, c(), daraya));
    f.governorates = {"daraa"};
    EXPECT_FALSE(eventPasses(f, c(), daraya));
}

TEST(TextWrap, BreaksAtSpacesInLogicalOrder) {
    const auto width = [](std::string_view s) { return static_cast<float>(s.size()); };  // one unit per byte
    EXPECT_EQ(wrapLogicalText("aa bb cc dd", 5, width), (std::vector<std::string>{"aa bb", "cc dd"}));
    EXPECT_EQ(wrapLogicalText("aa bb cc dd", 100, width), (std::vector<std::string>{"aa bb cc dd"}));
    // A word longer than the line stands alone; spaces never start or end a line.
    EXPECT_EQ(wrapLogicalText("a verylongword b", 4, width), (std::vector<std::string>{"a", "verylongword", "b"}));
    EXPECT_EQ(wrapLogicalText("  a  b  ", 3, width), (std::vector<std::string>{"a b"}));
    EXPECT_EQ(wrapLogicalText("one\ntwo three", 20, width), (std::vector<std::string>{"one", "two three"}));
    // Arabic stays in logical order: the first words of the paragraph open the first line.
    const std::string ar = "في داريا وقّع مندوبو المجلس المحلي";
    const auto lines = wrapLogicalText(ar, 25, width);
    ASSERT_GE(lines.size(), 2u);
    EXPECT_EQ(lines.front().rfind("في داريا", 0), 0u);
    std::string joined;
    for (const auto& l : lines) joined += (joined.empty() ? "" : " ") + l;
    EXPECT_EQ(joined, ar);
}

TEST(PaneLayout, TheMapKeepsWhatThePanesLeave) {
    PaneVisibility show;
    const PaneLayout l = computeLayout(1920, 1080, 16, show);
    EXPECT_GE(l.map.x, l.left.right());
    EXPECT_LE(l.map.right(), l.right.x);
    EXPECT_LE(l.map.bottom(), l.bottom.y);
    EXPECT_GT(l.map.w, 600);
    // Closing the side panes gives the map the whole width.
    show.cases = show.details = false;
    const PaneLayout wide = computeLayout(1920, 1080, 16, show);
    EXPECT_FLOAT_EQ(wide.map.x, 0);
    EXPECT_FLOAT_EQ(wide.map.w, 1920);
    // Sizes follow the font: twice the font, twice the timeline height (until it hits its cap).
    EXPECT_NEAR(computeLayout(3840, 2160, 32, PaneVisibility{}).bottom.h, 2 * l.bottom.h, 1);
}

TEST(PaneLayout, FitToAreaCentresTheBoxInTheArea) {
    BBox box;
    box.extend(Vec2{1000, 2000});
    box.extend(Vec2{3000, 3000});
    const Rect area{600, 100, 800, 600};
    const Camera cam = fitToArea(box, area, 1920, 1080, 0.1);
    const Vec2 centre = cam.worldToScreen(box.center());
    EXPECT_NEAR(centre.x, area.x + area.w / 2, 1e-6);
    EXPECT_NEAR(centre.y, area.y + area.h / 2, 1e-6);
    const Vec2 corner = cam.worldToScreen(Vec2{3000, 3000});
    EXPECT_TRUE(area.contains(static_cast<float>(corner.x), static_cast<float>(corner.y)));
    // A single point is widened to the minimum span instead of an infinite zoom.
    BBox point;
    point.extend(Vec2{5, 5});
    EXPECT_NEAR(fitToArea(point, area, 1920, 1080, 0, 30000).metresPerPixel, 30000.0 / 600, 1e-9);
}

TEST(CameraFlight, EasesToTheTargetAndStops) {
    Camera a, b;
    a.center = {0, 0};
    a.metresPerPixel = 1000;
    b.center = {100000, 0};
    b.metresPerPixel = 10;
    CameraFlight f;
    f.start(a, b);
    const Camera mid = f.step(CameraFlight::kDurationS / 2);
    EXPECT_TRUE(f.active);
    EXPECT_NEAR(mid.center.x, 50000, 1);
    EXPECT_NEAR(mid.metresPerPixel, 100, 1e-6);  // halfway in log scale
    const Camera end = f.step(CameraFlight::kDurationS);
    EXPECT_FALSE(f.active);
    EXPECT_EQ(end.center, b.center);
    EXPECT_DOUBLE_EQ(end.metresPerPixel, 10);
}

TEST(Playback, LoopsOverItsRangeAndStopsAtTheEndOtherwise) {
    Playback pb;
    pb.setLoopRange(day(2016, 12, 31), day(2016, 1, 1));  // any order
    EXPECT_EQ(pb.loopStart, day(2016, 1, 1));
    EXPECT_EQ(pb.loopEnd, day(2016, 12, 31));
    pb.loop = true;
    pb.setDay(day(2014, 1, 1));
    pb.daysPerSecond = 100;
    pb.togglePlay();  // outside the loop: starts at its beginning
    EXPECT_EQ(pb.current(), day(2016, 1, 1));
    pb.advance(3.0);  // 300 days
    EXPECT_EQ(pb.current(), day(2016, 10, 27));
    pb.advance(1.0);  // past the end: back to the start
    EXPECT_EQ(pb.current(), day(2016, 1, 1));
    EXPECT_TRUE(pb.playing);

    Playback once;
    once.setDay(day(2018, 12, 1));
    once.daysPerSecond = 365;
    once.togglePlay();
    once.advance(1.0);
    EXPECT_FALSE(once.playing);
    EXPECT_EQ(once.current(), once.rangeEnd);
    once.daysPerSecond = 10000;  // clamped to 365 days per second
    once.setDay(day(2012, 1, 1));
    once.togglePlay();
    once.advance(1.0);
    EXPECT_EQ(once.current(), day(2012, 1, 1) + 365);
}
