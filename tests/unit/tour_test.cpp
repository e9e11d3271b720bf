// Tour files: the parser (pure), its "file:line: problem" messages, the shipped tours against the
// corpus, and the frame plans built from ranges and tours.

#include "corpus_source.hpp"
#include "error.hpp"
#include "frame_plan.hpp"
#include "tour.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace fs = std::filesystem;
using namespace ta;

namespace {

const char* kValid = R"(# a comment
title_en = Test tour
title_ar = جولة للتجربة

[step]
date = 2016-08-20 .. 2016-09-05
view = 36.10,33.33,36.35,33.52
places = daraya, harjalleh
event = daraya-2016-08-agreement
duration = 2.5
caption_en = First step
caption_ar = الخطوة الأولى

[step]
date = 2017-01-29
duration = 1
caption_en = Second step
caption_ar = الخطوة الثانية
)";

// The message a malformed tour gives; fails the test if it parses.
std::string errorOf(const std::string& text) {
    try {
        parseTour(text, "bad.tour");
    } catch (const Error& e) {
        return e.what();
    }
    ADD_FAILURE() << "parsed without error:\n" << text;
    return "";
}

std::string replaceLine(std::string text, const std::string& from, const std::string& to) {
    const size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return text.replace(at, from.size(), to);
}

}  // namespace

TEST(TourParse, ReadsHeaderAndSteps) {
    const Tour t = parseTour(kValid, "ok.tour");
    EXPECT_EQ(t.titleEn, "Test tour");
    EXPECT_EQ(t.titleAr, "جولة للتجربة");
    ASSERT_EQ(t.steps.size(), 2u);
    const TourStep& a = t.steps[0];
    EXPECT_EQ(a.line, 5);
    EXPECT_EQ(formatIsoDay(a.from), "2016-08-20");
    EXPECT_EQ(formatIsoDay(a.to), "2016-09-05");
    ASSERT_TRUE(a.view);
    EXPECT_DOUBLE_EQ(a.view->west, 36.10);
    EXPECT_DOUBLE_EQ(a.view->north, 33.52);
    EXPECT_EQ(a.places, (std::vector<std::string>{"daraya", "harjalleh"}));
    EXPECT_EQ(a.event, "daraya-2016-08-agreement");
    EXPECT_DOUBLE_EQ(a.durationSeconds, 2.5);
    EXPECT_EQ(a.captionAr, "الخطوة الأولى");
    const TourStep& b = t.steps[1];
    EXPECT_EQ(b.from, b.to);
    EXPECT_FALSE(b.view);
    EXPECT_DOUBLE_EQ(t.durationSeconds(), 3.5);
}

TEST(TourParse, MalformedFilesNameFileAndLine) {
    const std::string v = kValid;
    EXPECT_EQ(errorOf(replaceLine(v, "duration = 2.5", "duration = eight")), "bad.tour:10: duration: expected a number, got 'eight'");
    EXPECT_EQ(errorOf(replaceLine(v, "duration = 2.5", "duration = 0")), "bad.tour:10: duration: must be more than 0 and at most 600 seconds");
    EXPECT_EQ(errorOf(replaceLine(v, "date = 2017-01-29", "date = 2017-02-30")), "bad.tour:15: date: day 30 does not exist in 2017-02");
    EXPECT_EQ(errorOf(replaceLine(v, "date = 2016-08-20 .. 2016-09-05", "date = 2016-09-05 .. 2016-08-20")),
              "bad.tour:6: date: the range ends before it starts");
    EXPECT_EQ(errorOf(replaceLine(v, "date = 2017-01-29", "date = 2017-01")), "bad.tour:15: date: expected a full date YYYY-MM-DD, got '2017-01'");
    EXPECT_EQ(errorOf(replaceLine(v, "view = 36.10,33.33,36.35,33.52", "view = 36.10,33.33,36.35")),
              "bad.tour:7: view: expected WEST,SOUTH,EAST,NORTH in degrees, got '36.10,33.33,36.35'");
    EXPECT_EQ(errorOf(replaceLine(v, "view = 36.10,33.33,36.35,33.52", "view = 36.40,33.33,36.35,33.52")),
              "bad.tour:7: view: WEST must be less than EAST and SOUTH less than NORTH");
    EXPECT_EQ(errorOf(replaceLine(v, "event = daraya", "colour = red\nevent = daraya")),
              "bad.tour:9: unknown key 'colour' in a step (date, view, places, event, duration, caption_en, caption_ar)");
    EXPECT_EQ(errorOf(replaceLine(v, "caption_en = First step", "caption_en = First step\ncaption_en = Again")),
              "bad.tour:12: caption_en: given twice (first on line 11)");
    EXPECT_EQ(errorOf(replaceLine(v, "caption_ar = الخطوة الثانية", "")), "bad.tour:14: step has no caption_ar");
    EXPECT_EQ(errorOf(replaceLine(v, "date = 2017-01-29\n", "")), "bad.tour:14: step has no date (date = YYYY-MM-DD or YYYY-MM-DD .. YYYY-MM-DD)");
    EXPECT_EQ(errorOf(replaceLine(v, "[step]\ndate = 2017", "[stop]\ndate = 2017")), "bad.tour:14: unknown section '[stop]' (only [step])");
    EXPECT_EQ(errorOf(replaceLine(v, "places = daraya, harjalleh", "places daraya")), "bad.tour:8: expected 'key = value', got 'places daraya'");
    EXPECT_EQ(errorOf(replaceLine(v, "places = daraya, harjalleh", "places = daraya,,harjalleh")), "bad.tour:8: places: empty id in the list");
    EXPECT_EQ(errorOf(replaceLine(v, "title_ar = جولة للتجربة\n", "")), "bad.tour:2: the tour has no title_ar");
    EXPECT_EQ(errorOf("title_en = x\ntitle_ar = y\n"), "bad.tour:2: the tour has no [step]");
    EXPECT_EQ(errorOf("speed = 3\n"), "bad.tour:1: unknown key 'speed' before the first [step] (title_en, title_ar)");
}

TEST(TourParse, LoadTourNamesAMissingFile) {
    try {
        loadTour("/nonexistent/x.tour");
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_EQ(std::string(e.what()), "/nonexistent/x.tour: cannot open the tour file");
    }
}

class ShippedTours : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        std::vector<std::string> messages;
        s_corpus = loadProgramCorpus("", messages);
    }
    static std::optional<corpus::Corpus> s_corpus;
};
std::optional<corpus::Corpus> ShippedTours::s_corpus;

TEST_F(ShippedTours, ThreeToursLoadAndFitTheCorpus) {
    ASSERT_TRUE(s_corpus) << "the corpus did not load";
    const fs::path dir = fs::path(TA_SOURCE_DIR) / "tours";
    int count = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() != ".tour") continue;
        ++count;
        const Tour t = loadTour(entry.path());
        EXPECT_FALSE(t.steps.empty()) << entry.path();
        EXPECT_EQ(checkTour(t, *s_corpus), std::vector<std::string>{}) << entry.path();
        EXPECT_GT(t.durationSeconds(), 30) << entry.path();
    }
    EXPECT_GE(count, 3);
}

TEST_F(ShippedTours, CheckTourReportsUnknownIdsAndDatesByLine) {
    ASSERT_TRUE(s_corpus);
    std::string text = kValid;
    text = replaceLine(text, "places = daraya, harjalleh", "places = daraya, darayya");
    text = replaceLine(text, "event = daraya-2016-08-agreement", "event = daraya-2016-08-nothing");
    text = replaceLine(text, "date = 2017-01-29", "date = 2025-01-29");
    const std::vector<std::string> problems = checkTour(parseTour(text, "t.tour"), *s_corpus);
    EXPECT_EQ(problems, (std::vector<std::string>{"t.tour:8: places: no place 'darayya' in the corpus",
                                                  "t.tour:9: event: no event 'daraya-2016-08-nothing' in the corpus",
                                                  "t.tour:15: date: outside the timeline (2011-01-01 .. 2019-01-01)"}));
}

TEST(FramePlan, FrameDaysAreExactFractions) {
    const Day from = dayFromCivil(2016, 8, 1), to = dayFromCivil(2016, 9, 1);  // 31 days
    EXPECT_EQ(frameCountFor(2.0, 30), 60);
    EXPECT_EQ(frameCountFor(0.01, 30), 1);
    EXPECT_DOUBLE_EQ(dayOfFrame(from, to, 0, 60), from.n);
    EXPECT_DOUBLE_EQ(dayOfFrame(from, to, 59, 60), to.n);
    EXPECT_DOUBLE_EQ(dayOfFrame(from, to, 1, 60), from.n + 31.0 / 59.0);  // fractional: transitions animate
    EXPECT_DOUBLE_EQ(dayOfFrame(from, to, 0, 1), from.n);

    BBox box;
    box.extend(Vec2{0, 0});
    box.extend(Vec2{100, 100});
    const Camera cam = Camera::fit(box, 320, 180);
    const FramePlan plan = planRange(from, to, 2.0, 30, cam);
    ASSERT_EQ(plan.frames.size(), 60u);
    EXPECT_EQ(plan.width, 320);
    EXPECT_EQ(plan.height, 180);
    for (size_t i = 1; i < plan.frames.size(); ++i) EXPECT_GT(plan.frames[i].day, plan.frames[i - 1].day);
    EXPECT_DOUBLE_EQ(plan.durationSeconds(), 2.0);
}

TEST(FramePlan, TourStepsGetTheirShareOfFramesAndFlyToTheirView) {
    const Tour t = parseTour(kValid, "ok.tour");  // 2.5 s + 1 s
    Projection projection;
    const Camera home = Camera::fit(projection.forward(35.5, 32.3, 42.4, 37.3), 320, 180);
    const FramePlan plan = planTour(t, nullptr, projection, home, 10, "ar");
    ASSERT_EQ(plan.frames.size(), 35u);
    EXPECT_EQ(plan.title, "جولة للتجربة");
    ASSERT_EQ(plan.captions.size(), 2u);
    EXPECT_EQ(plan.captions[1], "الخطوة الثانية");
    // Step 1: frames 0..24 animate 2016-08-20 -> 2016-09-05; the first step starts at its own view.
    EXPECT_DOUBLE_EQ(plan.frames[0].day, dayFromCivil(2016, 8, 20).n);
    EXPECT_DOUBLE_EQ(plan.frames[24].day, dayFromCivil(2016, 9, 5).n);
    EXPECT_EQ(plan.frames[0].caption, 0);
    const Camera target = plan.frames[24].camera;
    EXPECT_NEAR(plan.frames[0].camera.metresPerPixel, target.metresPerPixel, 1e-6);
    EXPECT_LT(target.metresPerPixel, home.metresPerPixel / 10);  // zoomed in on Daraya
    // Step 2 holds one date and keeps the previous view.
    for (size_t i = 25; i < 35; ++i) {
        EXPECT_DOUBLE_EQ(plan.frames[i].day, dayFromCivil(2017, 1, 29).n);
        EXPECT_EQ(plan.frames[i].caption, 1);
        EXPECT_NEAR(plan.frames[i].camera.center.x, target.center.x, 1e-6);
    }
}
