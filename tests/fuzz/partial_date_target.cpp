// Fuzz target: the date parser (corpus sources, the command line and tours all use it) and the
// calendar arithmetic behind it. A date that parses must round-trip through its ISO text and give
// a sane span.

#include "date.hpp"
#include "fuzz_targets.hpp"

#include <string>

namespace ta::fuzz {

int partialDate(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::string why;
    const std::optional<PartialDate> d = parsePartialDate(text, &why);
    if (!d) {
        require(!why.empty(), "a rejected date without a reason");
        require(!parseIsoDay(text), "parseIsoDay accepts what parsePartialDate rejects");
        return 0;
    }
    require(d->iso() == text, "a parsed date does not print back as its text: " + d->iso());
    const std::optional<PartialDate> again = parsePartialDate(d->iso());
    require(again && *again == *d, "a date does not round-trip");
    require(d->first() <= d->representative() && d->representative() <= d->last(), "representative day outside the span");
    for (DateQualifier q : {DateQualifier::Early, DateQualifier::Mid, DateQualifier::Late, DateQualifier::End}) {
        PartialDate qualified = *d;
        qualified.qualifier = q;
        require(qualified.first() <= qualified.representative() && qualified.representative() <= qualified.last(),
                "qualified representative day outside the span");
    }
    const CivilDate c = civilFromDay(d->first());
    require(c.year == d->year && dayFromCivil(c.year, c.month, c.day) == d->first(), "calendar arithmetic does not round-trip");
    require(formatIsoDay(d->first()).substr(0, text.size()) == text.substr(0, std::min<size_t>(text.size(), 10)) ||
                d->precision != DatePrecision::Day,
            "formatIsoDay disagrees with the parsed day");
    if (const auto day = parseIsoDay(text)) require(d->precision == DatePrecision::Day && *day == d->first(), "parseIsoDay disagrees");
    return 0;
}

}  // namespace ta::fuzz
