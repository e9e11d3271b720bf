#include "date.hpp"

#include <gtest/gtest.h>

using namespace ta;

TEST(Date, EpochAndKnownDays) {
    EXPECT_EQ(dayFromCivil(1970, 1, 1).n, 0);
    EXPECT_EQ(dayFromCivil(2000, 3, 1).n, 11017);
    EXPECT_EQ(formatIsoDay(dayFromCivil(2016, 8, 26)), "2016-08-26");
}

TEST(Date, RoundTripsEveryDayOfTheStudyPeriod) {
    for (Day d = dayFromCivil(2010, 1, 1); d <= dayFromCivil(2020, 12, 31); d = d + 1) {
        const CivilDate c = civilFromDay(d);
        ASSERT_TRUE(isValidCivil(c.year, c.month, c.day));
        ASSERT_EQ(dayFromCivil(c.year, c.month, c.day), d);
    }
}

TEST(Date, ParsesTheThreePrecisions) {
    auto y = parsePartialDate("2013");
    ASSERT_TRUE(y);
    EXPECT_EQ(y->precision, DatePrecision::Year);
    EXPECT_EQ(formatIsoDay(y->first()), "2013-01-01");
    EXPECT_EQ(formatIsoDay(y->last()), "2013-12-31");

    auto m = parsePartialDate("2016-02");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->precision, DatePrecision::Month);
    EXPECT_EQ(formatIsoDay(m->last()), "2016-02-29");  // leap year
    EXPECT_EQ(m->iso(), "2016-02");

    auto d = parsePartialDate("2018-04-20");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->precision, DatePrecision::Day);
    EXPECT_EQ(d->first(), d->last());
    EXPECT_EQ(d->representative(), d->first());
}

TEST(Date, RejectsMalformedAndImpossibleDatesWithAReason) {
    std::string why;
    EXPECT_FALSE(parsePartialDate("2017-02-30", &why));
    EXPECT_NE(why.find("does not exist"), std::string::npos) << why;
    EXPECT_FALSE(parsePartialDate("2017-13", &why));
    EXPECT_NE(why.find("month 13"), std::string::npos) << why;
    for (const char* bad : {"", "17", "2017-1-01", "2017/01/01", "2017-01-01x", "abcd", "0000", "2017-00"})
        EXPECT_FALSE(parsePartialDate(bad)) << bad;
    EXPECT_FALSE(parseIsoDay("2017-05"));  // a day is required
    EXPECT_TRUE(parseIsoDay("2017-05-04"));
}

TEST(Date, QualifiersNarrowTheRepresentativeDay) {
    PartialDate early = *parsePartialDate("2016-08");
    early.qualifier = DateQualifier::Early;
    PartialDate mid = early, late = early, end = early;
    mid.qualifier = DateQualifier::Mid;
    late.qualifier = DateQualifier::Late;
    end.qualifier = DateQualifier::End;
    EXPECT_LT(early.representative(), mid.representative());
    EXPECT_LT(mid.representative(), late.representative());
    EXPECT_LE(late.representative(), end.representative());
    EXPECT_GE(early.representative(), early.first());
    EXPECT_LE(end.representative(), end.last());
    EXPECT_EQ(parseQualifier("late"), DateQualifier::Late);
    EXPECT_FALSE(parseQualifier("sometime"));
}
