#include "timeline.hpp"

#include <algorithm>
#include <array>
#include <limits>

namespace ta::corpus {

namespace {

constexpr Day kNever{std::numeric_limits<int32_t>::max()};
constexpr std::array<std::string_view, 6> kStatusIds = {"none", "truce", "deescalation", "settled", "evacuated", "collapsed"};

int rank(Status s) {
    switch (s) {
        case Status::None: return 0;
        case Status::Truce:
        case Status::Deescalation:
        case Status::Collapsed: return 1;
        case Status::Settled: return 2;
        case Status::Evacuated: return 3;
    }
    return 0;
}

bool isTruceKind(std::string_view kind) { return kind == "truce" || kind == "agreement"; }

/// The status an event's kind asks for (rule 2), or nullopt for kinds that leave the status.
std::optional<Status> statusOfKind(std::string_view kind) {
    if (isTruceKind(kind)) return Status::Truce;
    if (kind == "deescalation") return Status::Deescalation;
    if (kind == "final_settlement") return Status::Settled;
    if (kind == "evacuation") return Status::Evacuated;
    return std::nullopt;
}

// A place the event names in `places` is a party to it even when people are also sent there (the
// Four Towns truce covered Idlib city and moved Zabadani's fighters to it).
bool onlyDestination(const Event& e, std::string_view place) {
    if (std::find(e.places.begin(), e.places.end(), place) != e.places.end()) return false;
    bool to = false;
    for (const Flow& f : e.flows) {
        if (f.from == place) return false;
        if (f.to == place) to = true;
    }
    return to;
}

bool hasCountedFlow(const Event& e) {
    return std::any_of(e.flows.begin(), e.flows.end(), [](const Flow& f) { return f.count.has_value(); });
}

/// Computes one place's state by replaying its events, flows and zone boundaries up to `day`.
class PlaceReplay {
public:
    PlaceReplay(const Corpus& corpus, size_t place, Day day)
        : m_corpus(corpus), m_placeId(corpus.places()[place].id), m_day(day), m_events(corpus.eventsOfPlace(place)),
          m_flows(corpus.flowsFromPlace(place)), m_zones(corpus.zonesOfPlace(place)) {}

    PlaceState run() {
        while (true) {
            const Day next = nextDay();
            if (next > m_day) break;
            // Same-day order: a pending collapse, then events, flows, zone boundaries.
            if (m_collapseAt == next) fireCollapse(next);
            else if (m_nextEvent < m_events.size() && eventDay(m_nextEvent) == next) applyEvent(next);
            else if (m_nextFlow < m_flows.size() && m_flows[m_nextFlow].day == next) applyFlow(next);
            else applyZoneBoundary(next);
            settle(next);
        }
        return m_state;
    }

private:
    Day eventDay(size_t i) const { return m_corpus.events()[m_events[i]].day(); }
    Day zoneStart(uint32_t z) const { return m_corpus.zones()[z].date.representative(); }
    Day zoneEnd(uint32_t z) const {
        const auto& end = m_corpus.zones()[z].dateEnd;
        return end ? end->representative() + 1 : kNever;  // in force through its end day
    }

    Day nextDay() const {
        Day next = m_collapseAt;
        if (m_nextEvent < m_events.size()) next = std::min(next, eventDay(m_nextEvent));
        if (m_nextFlow < m_flows.size()) next = std::min(next, m_flows[m_nextFlow].day);
        for (uint32_t z : m_zones) {
            if (zoneStart(z) > m_zoneClock) next = std::min(next, zoneStart(z));
            if (zoneEnd(z) > m_zoneClock) next = std::min(next, zoneEnd(z));
        }
        return next;
    }

    void setEventStatus(Status s, Day day) {
        if (s == m_eventStatus) return;
        m_eventStatus = s;
        m_eventSince = day;
    }

    void fireCollapse(Day day) {
        m_collapseAt = kNever;
        setEventStatus(Status::Collapsed, day);
    }

    void applyEvent(Day day) {
        const uint32_t index = m_events[m_nextEvent++];
        const Event& e = m_corpus.events()[index];
        m_state.latestEvent = static_cast<int32_t>(index);
        if (!hasCountedFlow(e) && e.kind == "evacuation" && flowsCarriedOut(e) && !e.places.empty() && e.places.front() == m_placeId)
            m_state.magnitude += peopleMoved(e);
        if (onlyDestination(e, m_placeId)) return;

        if (!e.status.empty()) {  // rule 4
            if (auto s = parseStatus(e.status)) {
                m_collapseAt = kNever;
                setEventStatus(*s, day);
            }
            return;
        }
        const auto wanted = statusOfKind(e.kind);
        if (!wanted) return;
        m_collapseAt = kNever;  // a new status-setting event supersedes a pending collapse
        const int current = rank(m_eventStatus);
        switch (*wanted) {
            case Status::Truce:
            case Status::Deescalation:
                if (current < rank(Status::Settled)) setEventStatus(*wanted, day);
                break;
            case Status::Settled:
                if (current < rank(Status::Evacuated)) setEventStatus(Status::Settled, day);
                break;
            default: setEventStatus(*wanted, day); break;
        }
        if (isTruceKind(e.kind) && e.outcome == "collapsed" && m_eventStatus == Status::Truce) scheduleCollapse(e, day);
    }

    void scheduleCollapse(const Event& e, Day day) {
        if (e.dateEnd) m_collapseAt = std::max(day, e.dateEnd->representative());
        else if (m_nextEvent < m_events.size()) m_collapseAt = eventDay(m_nextEvent);
        else m_collapseAt = day + kCollapseWithoutEndDays;
    }

    void applyFlow(Day day) {
        const Corpus::FlowRef ref = m_flows[m_nextFlow++];
        const Event& e = m_corpus.events()[ref.event];
        if (!flowsCarriedOut(e)) return;
        const Flow& f = e.flows[ref.flow];
        if (f.count) m_state.magnitude += *f.count;
        if (e.kind == "final_settlement" || e.kind == "evacuation") {
            m_collapseAt = kNever;
            setEventStatus(Status::Evacuated, day);
        }
    }

    void applyZoneBoundary(Day day) {
        m_zoneClock = day;
        int active = 0;
        for (uint32_t z : m_zones)
            if (zoneStart(z) <= day && day < zoneEnd(z)) ++active;
        if (active > 0 && m_activeZones == 0) m_memberSince = day;
        m_activeZones = active;
    }

    /// Rule 6 on top of the event-derived status.
    Status effective() const {
        if (m_activeZones == 0) return m_eventStatus;
        switch (m_eventStatus) {
            case Status::Settled:
            case Status::Evacuated: return m_eventStatus;
            case Status::Collapsed: return m_eventSince >= m_memberSince ? Status::Collapsed : Status::Deescalation;
            default: return Status::Deescalation;
        }
    }

    void settle(Day day) {
        const Status now = effective();
        if (now == m_state.status) return;
        if (m_state.since != day) m_state.previous = m_state.status;  // keep the start-of-day status
        m_state.status = now;
        m_state.since = day;
    }

    const Corpus& m_corpus;
    const std::string& m_placeId;
    const Day m_day;
    const std::vector<uint32_t>& m_events;
    const std::vector<Corpus::FlowRef>& m_flows;
    const std::vector<uint32_t>& m_zones;
    size_t m_nextEvent = 0;
    size_t m_nextFlow = 0;
    Day m_zoneClock = kBeginningOfTime;  // zone boundaries up to this day are applied
    Day m_collapseAt = kNever;
    Status m_eventStatus = Status::None;
    Day m_eventSince = kBeginningOfTime;
    int m_activeZones = 0;
    Day m_memberSince = kBeginningOfTime;
    PlaceState m_state;
};

float clamp01(float x) { return std::clamp(x, 0.0f, 1.0f); }

void zonesAt(const Corpus& corpus, Day day, std::vector<ZoneState>& out) {
    out.clear();
    for (size_t z = 0; z < corpus.zones().size(); ++z) {
        const Zone& zone = corpus.zones()[z];
        const Day start = zone.date.representative();
        if (day < start) continue;
        const auto fadeIn = [&](Day d) { return clamp01(static_cast<float>(d - start + 1) / kZoneFadeDays); };
        ZoneState state{static_cast<uint32_t>(z), 0, true};
        const Day end = zone.dateEnd ? zone.dateEnd->representative() : kNever;
        if (day <= end) {
            state.opacity = fadeIn(day);
        } else {
            state.inForce = false;
            state.opacity = fadeIn(end) * clamp01(1.0f - static_cast<float>(day - end) / kZoneFadeDays);
        }
        if (state.opacity > 0) out.push_back(state);
    }
}

void flowsAt(const Corpus& corpus, Day day, std::vector<FlowState>& out) {
    out.clear();
    const auto& flows = corpus.flows();
    // Visible while day - kFlowFadeEndDays < flow day <= day + kFlowLeadDays.
    auto it = std::upper_bound(flows.begin(), flows.end(), day - kFlowFadeEndDays,
                               [](Day d, const Corpus::FlowRef& f) { return d < f.day; });
    for (; it != flows.end() && it->day <= day + kFlowLeadDays; ++it) {
        if (!flowsCarriedOut(corpus.events()[it->event])) continue;
        const float sinceLead = static_cast<float>(day - (it->day + -kFlowLeadDays));
        FlowState state{it->event, it->flow, clamp01(sinceLead / (kFlowLeadDays + kFlowArriveDays)), 1.0f};
        if (day > it->day + kFlowArriveDays)
            state.alpha = clamp01(1.0f - static_cast<float>(day - (it->day + kFlowArriveDays)) / (kFlowFadeEndDays - kFlowArriveDays));
        if (state.alpha > 0) out.push_back(state);
    }
}

}  // namespace

std::string_view statusId(Status status) { return kStatusIds[static_cast<size_t>(status)]; }

std::optional<Status> parseStatus(std::string_view id) {
    for (size_t i = 0; i < kStatusIds.size(); ++i)
        if (kStatusIds[i] == id) return static_cast<Status>(i);
    return std::nullopt;
}

bool flowsCarriedOut(const Event& event) { return event.outcome != "refused" && event.outcome != "collapsed"; }

int64_t peopleMoved(const Event& event) {
    if (!flowsCarriedOut(event)) return 0;
    int64_t total = 0;
    bool counted = false;
    for (const Flow& f : event.flows)
        if (f.count) {
            total += *f.count;
            counted = true;
        }
    if (counted || event.kind != "evacuation") return total;
    const auto number = [&](std::string_view what) -> int64_t {
        for (const Number& n : event.numbers)
            if (n.what == what) return static_cast<int64_t>(n.value);
        return 0;
    };
    if (const int64_t people = number("people")) return people;
    return number("fighters") + number("civilians") + number("wounded");
}

void stateAt(const Corpus& corpus, Day day, TimelineState& out) {
    out.day = day;
    out.places.resize(corpus.places().size());
    for (size_t p = 0; p < corpus.places().size(); ++p) out.places[p] = PlaceReplay(corpus, p, day).run();
    zonesAt(corpus, day, out.zones);
    flowsAt(corpus, day, out.flows);
    const auto& events = corpus.events();
    const auto after = std::upper_bound(events.begin(), events.end(), day, [](Day d, const Event& e) { return d < e.day(); });
    out.eventCount = static_cast<uint32_t>(after - events.begin());
    out.currentEvent = static_cast<int32_t>(out.eventCount) - 1;
}

TimelineState stateAt(const Corpus& corpus, Day day) {
    TimelineState state;
    stateAt(corpus, day, state);
    return state;
}

Changes changesBetween(const Corpus& corpus, Day a, Day b) {
    if (b < a) std::swap(a, b);
    Changes changes{a, b, {}, {}, 0};
    const TimelineState before = stateAt(corpus, a);
    const TimelineState after = stateAt(corpus, b);
    for (size_t p = 0; p < before.places.size(); ++p)
        if (before.places[p].status != after.places[p].status)
            changes.places.push_back({static_cast<uint32_t>(p), before.places[p].status, after.places[p].status});
    for (uint32_t e = before.eventCount; e < after.eventCount; ++e) {
        changes.events.push_back(e);
        const Event& event = corpus.events()[e];
        if (!hasCountedFlow(event)) changes.peopleMoved += peopleMoved(event);
    }
    for (const Corpus::FlowRef& f : corpus.flows()) {
        if (f.day <= a || f.day > b) continue;
        const Event& event = corpus.events()[f.event];
        const auto& count = event.flows[f.flow].count;
        if (count && flowsCarriedOut(event)) changes.peopleMoved += *count;
    }
    return changes;
}

}  // namespace ta::corpus
