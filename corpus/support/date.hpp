#pragma once
// Calendar dates for the timeline: whole days since 1970-01-01 (proleptic Gregorian), and the
// partial dates of the study (a year, a month or a day, optionally "early/mid/late/end of").

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ta {

/// A calendar day, counted from 1970-01-01 = 0. Plain value; compare and subtract freely.
struct Day {
    int32_t n = 0;
    friend constexpr auto operator<=>(Day, Day) = default;
    constexpr Day operator+(int32_t days) const { return Day{n + days}; }
    constexpr Day operator-(int32_t days) const { return Day{n - days}; }
    constexpr int32_t operator-(Day other) const { return n - other.n; }
};

struct CivilDate {
    int year = 1970;
    int month = 1;  // 1..12
    int day = 1;    // 1..31
};

Day dayFromCivil(int year, int month, int day);
CivilDate civilFromDay(Day day);
int daysInMonth(int year, int month);
bool isValidCivil(int year, int month, int day);

/// "YYYY-MM-DD" only; nullopt for anything else (including impossible days like 2017-02-30).
std::optional<Day> parseIsoDay(std::string_view text);
std::string formatIsoDay(Day day);

enum class DatePrecision { Year, Month, Day };
enum class DateQualifier { None, Early, Mid, Late, End };

std::string_view toString(DatePrecision p);
std::string_view toString(DateQualifier q);
std::optional<DateQualifier> parseQualifier(std::string_view text);

/// A date as precise as the study gives it.
struct PartialDate {
    int year = 0;
    int month = 0;  // 0 when precision is Year
    int day = 0;    // 0 unless precision is Day
    DatePrecision precision = DatePrecision::Day;
    DateQualifier qualifier = DateQualifier::None;

    /// First and last day the date can mean (a month spans its days, a qualifier narrows it).
    Day first() const;
    Day last() const;
    /// The single day used to order events and compute state: the day itself, else the middle of
    /// the span the qualifier leaves (early = first third, mid = middle third, late/end = last part).
    Day representative() const;
    /// "2016", "2016-08" or "2016-08-26" (qualifier not included).
    std::string iso() const;
    friend bool operator==(const PartialDate&, const PartialDate&) = default;
};

/// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD". On failure returns nullopt and, if `error` is given,
/// says what is wrong ("month 13 is out of range").
std::optional<PartialDate> parsePartialDate(std::string_view text, std::string* error = nullptr);

}  // namespace ta
