// Event layers (--layer ...,time=FIELD): the time-window search, time parsing, the synthetic
// generator, and loading from CSV and GeoPackage (sorted by time, errors naming file and field).

#include "event_points.hpp"
#include "event_window.hpp"
#include "date.hpp"
#include "error.hpp"
#include "geodata_test_support.hpp"
#include "layer_spec.hpp"
#include "synth_events.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace {

using ta::IndexRange;
using ta::eventWindow;
using ta::geodata_test::TempDir;

const std::vector<float> kDays = {10, 10, 12, 15, 15, 15, 20, 30};

TEST(EventWindow, BothEndsIncluded) {
    EXPECT_EQ(eventWindow(kDays, 15, 3), (IndexRange{2, 4}));   // 12, 15, 15, 15
    EXPECT_EQ(eventWindow(kDays, 15, 0), (IndexRange{3, 3}));   // the day itself only
    EXPECT_EQ(eventWindow(kDays, 14.5, 4.5), (IndexRange{0, 3}));  // 10, 10, 12
}

TEST(EventWindow, OutsideTheDataIsEmptyAtTheRightPlace) {
    EXPECT_EQ(eventWindow(kDays, 9, 30), (IndexRange{0, 0}));
    EXPECT_EQ(eventWindow(kDays, 100, 30), (IndexRange{8, 0}));
    EXPECT_EQ(eventWindow(kDays, 25, 4), (IndexRange{7, 0}));   // between 20 and 30
    EXPECT_EQ(eventWindow(kDays, 1000, 1e6), (IndexRange{0, 8}));
    EXPECT_EQ(eventWindow({}, 15, 3), (IndexRange{0, 0}));
}

TEST(EventWindow, BadWindowsAreEmpty) {
    EXPECT_EQ(eventWindow(kDays, 15, -1).count, 0u);
    EXPECT_EQ(eventWindow(kDays, std::nan(""), 3).count, 0u);
    EXPECT_EQ(eventWindow(kDays, 15, std::nan("")).count, 0u);
}

TEST(EventWindow, MatchesALinearScan) {
    std::vector<float> days;
    for (int i = 0; i < 2000; ++i) days.push_back(static_cast<float>((i * 7919) % 997) + 0.25f * static_cast<float>(i % 4));
    std::sort(days.begin(), days.end());
    for (double day : {0.0, 1.5, 400.25, 996.75, 1200.0}) {
        for (double w : {0.0, 0.25, 30.0, 365.0}) {
            size_t first = days.size(), count = 0;
            for (size_t i = 0; i < days.size(); ++i)
                if (days[i] >= day - w && days[i] <= day) {
                    first = std::min(first, i);
                    ++count;
                }
            const IndexRange r = eventWindow(days, day, w);
            EXPECT_EQ(r.count, count) << day << " " << w;
            if (count) {
                EXPECT_EQ(r.first, first) << day << " " << w;
            }
        }
    }
}

TEST(EventTime, IsoDatesAndTimes) {
    const double d = ta::dayFromCivil(2016, 8, 26).n;
    double day = 0;
    ASSERT_TRUE(ta::parseEventTime("2016-08-26", day));
    EXPECT_DOUBLE_EQ(day, d);
    ASSERT_TRUE(ta::parseEventTime("2016-08-26T12:00", day));
    EXPECT_DOUBLE_EQ(day, d + 0.5);
    ASSERT_TRUE(ta::parseEventTime("2016-08-26 18:00:00Z", day));
    EXPECT_DOUBLE_EQ(day, d + 0.75);
    ASSERT_TRUE(ta::parseEventTime("2016-08-26T06:00:00.250", day));
    EXPECT_DOUBLE_EQ(day, d + 0.25);
    for (const char* bad : {"", "2016-08", "2016-02-30", "26/08/2016", "2016-08-26T25:00", "2016-08-26T12:00+02", "2016-08-26X"})
        EXPECT_FALSE(ta::parseEventTime(bad, day)) << bad;
}

TEST(SynthEvents, SameSeedSameEventsInSyriasExtent) {
    ta::SynthRequest r{5000, 42, ta::dayFromCivil(2012, 1, 1).n, ta::dayFromCivil(2018, 12, 31).n};
    const auto a = ta::generateSynthEvents(r), b = ta::generateSynthEvents(r);
    ASSERT_EQ(a.size(), 5000u);
    for (size_t i = 0; i < a.size(); ++i) {
        ASSERT_EQ(a[i].lon, b[i].lon);
        ASSERT_EQ(a[i].day, b[i].day);
        ASSERT_TRUE(a[i].lon >= 35.6 && a[i].lon <= 42.4 && a[i].lat >= 32.3 && a[i].lat <= 37.3) << i;
        ASSERT_TRUE(a[i].day >= r.fromDay && a[i].day <= r.toDay && a[i].second >= 0 && a[i].second < 86400) << i;
    }
    r.seed = 43;
    EXPECT_NE(ta::generateSynthEvents(r)[0].lon, a[0].lon);
}

void expectLoadsSorted(const std::string& file, const std::vector<ta::SynthEvent>& events) {
    const ta::Projection projection;
    const ta::EventPoints p = ta::loadEventPoints(ta::LayerSpec::parse(file + ",time=date"), projection);
    ASSERT_EQ(p.positions.size(), events.size());
    ASSERT_EQ(p.days.size(), events.size());
    EXPECT_TRUE(std::is_sorted(p.days.begin(), p.days.end()));
    std::vector<float> expected;
    for (const auto& e : events) expected.push_back(static_cast<float>(e.day + e.second / 86400.0));
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(p.days, expected);
    EXPECT_FALSE(p.bounds.empty());
}

TEST(EventPoints, LoadCsvAndGeoPackageSortedByTime) {
    TempDir dir;
    const auto events = ta::generateSynthEvents({300, 7, ta::dayFromCivil(2016, 1, 1).n, ta::dayFromCivil(2016, 12, 31).n});
    ta::writeSynthEvents(events, dir.file("e.csv"));
    ta::writeSynthEvents(events, dir.file("e.gpkg"));
    expectLoadsSorted(dir.file("e.csv"), events);
    expectLoadsSorted(dir.file("e.gpkg"), events);
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 2);  // no temporary files left
}

TEST(EventPoints, ErrorsNameFileFeatureAndField) {
    TempDir dir;
    const ta::Projection projection;
    const std::string bad = dir.write("bad.csv", "lon,lat,date\n36.3,33.5,2016-08-26\n36.4,33.6,last tuesday\n");
    try {
        ta::loadEventPoints(ta::LayerSpec::parse(bad + ",time=date"), projection);
        FAIL() << "no error";
    } catch (const ta::Error& e) {
        const std::string m = e.what();
        EXPECT_NE(m.find("bad.csv"), std::string::npos) << m;
        EXPECT_NE(m.find("'date'"), std::string::npos) << m;
        EXPECT_NE(m.find("last tuesday"), std::string::npos) << m;
    }
    try {
        ta::loadEventPoints(ta::LayerSpec::parse(bad + ",time=when"), projection);
        FAIL() << "no error";
    } catch (const ta::Error& e) {
        EXPECT_NE(std::string(e.what()).find("no field named 'when'"), std::string::npos) << e.what();
    }
    EXPECT_THROW(ta::writeSynthEvents({}, dir.file("e.txt")), ta::UsageError);
    EXPECT_THROW(ta::LayerSpec::parse(dir.file("x.csv") + ",time=a,time=b"), ta::UsageError);
}

}  // namespace
