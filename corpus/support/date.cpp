#include "date.hpp"

#include <charconv>
#include <cstdio>

namespace ta {

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms).
Day dayFromCivil(int y, int m, int d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * static_cast<unsigned>(m + (m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return Day{era * 146097 + static_cast<int>(doe) - 719468};
}

CivilDate civilFromDay(Day day) {
    int z = day.n + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int y = static_cast<int>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return CivilDate{y + (m <= 2), static_cast<int>(m), static_cast<int>(d)};
}

int daysInMonth(int year, int month) {
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
    return kDays[month - 1];
}

bool isValidCivil(int year, int month, int day) {
    return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

namespace {

bool parseFixedDigits(std::string_view text, size_t width, int& out) {
    if (text.size() != width) return false;
    for (char c : text)
        if (c < '0' || c > '9') return false;
    std::from_chars(text.data(), text.data() + text.size(), out);
    return true;
}

}  // namespace

std::optional<Day> parseIsoDay(std::string_view text) {
    auto parsed = parsePartialDate(text);
    if (!parsed || parsed->precision != DatePrecision::Day) return std::nullopt;
    return parsed->first();
}

std::string formatIsoDay(Day day) {
    const CivilDate c = civilFromDay(day);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
    return buf;
}

std::string_view toString(DatePrecision p) {
    switch (p) {
        case DatePrecision::Year: return "year";
        case DatePrecision::Month: return "month";
        case DatePrecision::Day: return "day";
    }
    return "day";
}

std::string_view toString(DateQualifier q) {
    switch (q) {
        case DateQualifier::None: return "";
        case DateQualifier::Early: return "early";
        case DateQualifier::Mid: return "mid";
        case DateQualifier::Late: return "late";
        case DateQualifier::End: return "end";
    }
    return "";
}

std::optional<DateQualifier> parseQualifier(std::string_view text) {
    if (text.empty()) return DateQualifier::None;
    if (text == "early") return DateQualifier::Early;
    if (text == "mid") return DateQualifier::Mid;
    if (text == "late") return DateQualifier::Late;
    if (text == "end") return DateQualifier::End;
    return std::nullopt;
}

Day PartialDate::first() const {
    switch (precision) {
        case DatePrecision::Year: return dayFromCivil(year, 1, 1);
        case DatePrecision::Month: return dayFromCivil(year, month, 1);
        case DatePrecision::Day: return dayFromCivil(year, month, day);
    }
    return dayFromCivil(year, 1, 1);
}

Day PartialDate::last() const {
    switch (precision) {
        case DatePrecision::Year: return dayFromCivil(year, 12, 31);
        case DatePrecision::Month: return dayFromCivil(year, month, daysInMonth(year, month));
        case DatePrecision::Day: return first();
    }
    return first();
}

Day PartialDate::representative() const {
    if (precision == DatePrecision::Day) return first();
    const Day a = first();
    const int32_t span = last() - a + 1;
    switch (qualifier) {
        case DateQualifier::Early: return a + span / 6;
        case DateQualifier::Mid: return a + span / 2;
        case DateQualifier::Late: return a + span * 5 / 6;
        case DateQualifier::End: return a + (span - 1 - span / 20);
        case DateQualifier::None: return a + span / 2;
    }
    return a;
}

std::string PartialDate::iso() const {
    char buf[16];
    switch (precision) {
        case DatePrecision::Year: std::snprintf(buf, sizeof buf, "%04d", year); break;
        case DatePrecision::Month: std::snprintf(buf, sizeof buf, "%04d-%02d", year, month); break;
        case DatePrecision::Day: std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day); break;
    }
    return buf;
}

std::optional<PartialDate> parsePartialDate(std::string_view text, std::string* error) {
    auto fail = [&](std::string why) -> std::optional<PartialDate> {
        if (error) *error = std::move(why);
        return std::nullopt;
    };
    PartialDate d;
    if (!parseFixedDigits(text.substr(0, 4), 4, d.year))
        return fail("expected YYYY, YYYY-MM or YYYY-MM-DD, got '" + std::string(text) + "'");
    if (d.year < 1) return fail("year 0000 is not a date");
    if (text.size() == 4) {
        d.precision = DatePrecision::Year;
        return d;
    }
    if (text[4] != '-' || !parseFixedDigits(text.substr(5, 2), 2, d.month) || (text.size() != 7 && text.size() != 10))
        return fail("expected YYYY, YYYY-MM or YYYY-MM-DD, got '" + std::string(text) + "'");
    if (d.month < 1 || d.month > 12) return fail("month " + std::to_string(d.month) + " is out of range");
    if (text.size() == 7) {
        d.precision = DatePrecision::Month;
        return d;
    }
    if (text[7] != '-' || !parseFixedDigits(text.substr(8, 2), 2, d.day))
        return fail("expected YYYY, YYYY-MM or YYYY-MM-DD, got '" + std::string(text) + "'");
    if (!isValidCivil(d.year, d.month, d.day))
        return fail("day " + std::to_string(d.day) + " does not exist in " + d.iso().substr(0, 7));
    d.precision = DatePrecision::Day;
    return d;
}

}  // namespace ta
