#pragma once
// What the map shows at a date: each place's status, the zones in force and the flows under way.
// A pure function of (corpus, day), cheap enough to run on every frame while the timeline plays.
//
// Rules (a place's status at day D):
//  1. Events apply in order of representative day (ties: corpus order), up to and including D.
//     Only the event's own places change; a place that appears in the event only as the destination
//     of one of its flows keeps its status (Idlib does not become "settled" by receiving buses).
//  2. truce, agreement -> truce;  deescalation -> deescalation;  final_settlement -> settled;
//     evacuation -> evacuated;  offer, meeting, committee, breach, military, other -> unchanged.
//     None of these lowers a stronger status: truce/agreement/deescalation leave a settled or
//     evacuated place as it is, and final_settlement leaves an evacuated place evacuated.
//  3. A truce or agreement whose outcome is "collapsed" sets truce, then collapsed from its
//     date_end if given, else from the place's next event (which then applies on top), else
//     kCollapseWithoutEndDays after the event. A later status-setting event before that cancels it.
//  4. An explicit `status = "..."` on the event overrides rules 2-3 for its places, whatever the kind
//     (it is the status at the event's day; rule 5 still applies to its flows).
//  5. Flows of an event whose outcome is neither "refused" nor "collapsed" are carried out: the
//     people moved add to the magnitude of the place they leave, at the flow's day (its own date,
//     else the event's); and when the event is a final_settlement or an evacuation, that place
//     becomes evacuated at the flow's day. An evacuation without counted flows adds its numbers
//     (see peopleMoved) to its first place.
//  6. Zone membership: while a zone listing the place is in force, the place is in deescalation
//     unless its status from events is settled or evacuated, or it collapsed after it joined the zone.
//
// Zones are in force from the representative day of `date` to that of `date_end` (inclusive); their
// opacity fades in over kZoneFadeDays after the start and out over kZoneFadeDays after the end.
// Flows are visible from kFlowLeadDays before their day to kFlowFadeEndDays after: progress runs
// 0..1 from day-kFlowLeadDays to day+kFlowArriveDays, then alpha fades to 0 at day+kFlowFadeEndDays.

#include "model.hpp"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace ta::corpus {

enum class Status : uint8_t { None, Truce, Deescalation, Settled, Evacuated, Collapsed };

/// The taxonomy ids: "none", "truce", "deescalation", "settled", "evacuated", "collapsed".
std::string_view statusId(Status status);
/// nullopt for an id that is not one of the six.
std::optional<Status> parseStatus(std::string_view id);

inline constexpr int32_t kCollapseWithoutEndDays = 30;
inline constexpr int32_t kZoneFadeDays = 30;
inline constexpr int32_t kFlowLeadDays = 10;
inline constexpr int32_t kFlowArriveDays = 20;
inline constexpr int32_t kFlowFadeEndDays = 60;
/// `since` of a place that never changed status.
inline constexpr Day kBeginningOfTime{-1'000'000};

struct PlaceState {
    Status status = Status::None;
    Status previous = Status::None;  // the status before `since`, for a short transition animation
    Day since = kBeginningOfTime;    // the day the current status began
    int32_t latestEvent = -1;        // index into Corpus::events() of the latest event at or before the day
    int64_t magnitude = 0;           // people moved out of the place so far (0 when unknown)
};

struct ZoneState {
    uint32_t zone = 0;     // index into Corpus::zones()
    float opacity = 0;     // 0..1
    bool inForce = false;  // false while fading out after the end
};

struct FlowState {
    uint32_t event = 0;  // index into Corpus::events()
    uint32_t flow = 0;   // index into that event's flows
    float progress = 0;  // 0 at day-kFlowLeadDays .. 1 at day+kFlowArriveDays
    float alpha = 0;     // 1 until arrival, then fading to 0 at day+kFlowFadeEndDays
};

struct TimelineState {
    Day day;
    std::vector<PlaceState> places;  // one per Corpus::places(), same order
    std::vector<ZoneState> zones;    // visible zones only (opacity > 0)
    std::vector<FlowState> flows;    // visible flows only
    uint32_t eventCount = 0;         // events [0, eventCount) of Corpus::events() are at or before the day
    int32_t currentEvent = -1;       // the latest of them, -1 before the first
};

/// The state of the map at `day`.
TimelineState stateAt(const Corpus& corpus, Day day);
/// Same, reusing `out`'s vectors (no allocation once warmed up): for the per-frame path.
void stateAt(const Corpus& corpus, Day day, TimelineState& out);

/// People an event moved: the sum of its carried-out flows' counts; without counted flows, for an
/// evacuation, its "people" number, else fighters + civilians + wounded numbers. 0 when unknown.
int64_t peopleMoved(const Event& event);
/// True unless the event's outcome is "refused" or "collapsed" (rule 5).
bool flowsCarriedOut(const Event& event);

struct StatusChange {
    uint32_t place = 0;
    Status before = Status::None;
    Status after = Status::None;
};

/// What changed between two dates (for the "what changed" pane), a < b; swapped if given reversed.
struct Changes {
    Day from;
    Day to;
    std::vector<StatusChange> places;  // places whose status at `to` differs from that at `from`
    std::vector<uint32_t> events;      // events with from < day <= to, in order
    int64_t peopleMoved = 0;           // people in flows with from < flow day <= to
};

Changes changesBetween(const Corpus& corpus, Day a, Day b);

}  // namespace ta::corpus
