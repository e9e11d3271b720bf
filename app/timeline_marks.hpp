#pragma once
// What the timeline pane draws, before any drawing: one mark per event that passes the filters
// (a point for a dated day, a span for a month or a year) and the number of events per month.
// Pure (Tracy's preprocess step); the pane maps days to pixels and draws.

#include "filters.hpp"
#include "model.hpp"

#include <vector>

namespace ta {

struct EventMark {
    uint32_t event = 0;  // into corpus.events()
    Day day;             // the representative day (where the tick sits)
    Day first, last;     // the days the date can mean: first == last for a day-precise date
    bool span() const { return last > first; }
};

struct TimelineMarks {
    std::vector<EventMark> events;  // in day order
    Day firstMonth;                 // the month monthly[0] counts
    std::vector<int> monthly;       // events per calendar month, from firstMonth
    int maxMonthly = 0;
};

/// Index of the calendar month holding `day`, counted from `firstMonth`'s month.
int monthsBetween(Day firstMonth, Day day);

/// Marks for the events that pass `filters`, and monthly counts for the months of [from, to).
TimelineMarks buildTimelineMarks(const corpus::Corpus& corpus, const Filters& filters, Day from, Day to);

}  // namespace ta
