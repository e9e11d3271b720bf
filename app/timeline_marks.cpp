#include "timeline_marks.hpp"

namespace ta {

int monthsBetween(Day firstMonth, Day day) {
    const CivilDate a = civilFromDay(firstMonth), b = civilFromDay(day);
    return (b.year - a.year) * 12 + (b.month - a.month);
}

TimelineMarks buildTimelineMarks(const corpus::Corpus& corpus, const Filters& filters, Day from, Day to) {
    TimelineMarks marks;
    const CivilDate start = civilFromDay(from);
    marks.firstMonth = dayFromCivil(start.year, start.month, 1);
    marks.monthly.assign(static_cast<size_t>(std::max(monthsBetween(marks.firstMonth, to - 1) + 1, 0)), 0);
    const auto& events = corpus.events();
    for (size_t i = 0; i < events.size(); ++i) {
        if (!eventPasses(filters, corpus, i)) continue;
        const corpus::Event& e = events[i];
        EventMark m;
        m.event = static_cast<uint32_t>(i);
        m.day = e.day();
        m.first = e.date.precision == DatePrecision::Day ? m.day : e.date.first();
        m.last = e.date.precision == DatePrecision::Day ? m.day : e.date.last();
        marks.events.push_back(m);
        const int month = monthsBetween(marks.firstMonth, m.day);
        if (m.day >= from && m.day < to && month >= 0 && month < static_cast<int>(marks.monthly.size()))
            marks.maxMonthly = std::max(marks.maxMonthly, ++marks.monthly[static_cast<size_t>(month)]);
    }
    return marks;
}

}  // namespace ta
