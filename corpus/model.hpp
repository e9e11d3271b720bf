#pragma once
// The corpus as plain data: the study's cases, events, clauses, places, actors, zones, models and
// priorities, plus the fixed vocabularies of taxonomy.toml. Filled by the source loader or by the
// SQLite store; `Corpus` then indexes it and never changes again.

#include "date.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <map>
#include <vector>

namespace ta::corpus {

/// Where an entry is defined in the TOML sources, so that messages can point at it.
struct SourceRef {
    std::string file;
    int line = 0;
    friend bool operator==(const SourceRef&, const SourceRef&) = default;
};

/// Where a fact sits in the study: `section` "2.N" for case N of part two, "1", "3", "4", "5" for the
/// general parts; `paragraph` from 1 (0 = not given); first and last line of the seed text (0 = not given).
struct StudyRef {
    std::string section;
    int paragraph = 0;
    int lineFirst = 0;
    int lineLast = 0;
    friend bool operator==(const StudyRef&, const StudyRef&) = default;
};

/// An id with its English and Arabic labels (event kinds, statuses, number kinds, categories).
struct Term {
    std::string id;
    std::string en;
    std::string ar;
    std::string description;  // categories only
    SourceRef def;
    friend bool operator==(const Term&, const Term&) = default;
};

struct Taxonomy {
    std::vector<Term> categories;
    std::vector<Term> eventKinds;
    std::vector<Term> statuses;
    std::vector<Term> numberKinds;
    friend bool operator==(const Taxonomy&, const Taxonomy&) = default;
};

struct Governorate {
    std::string id;
    std::string nameEn;
    std::string nameAr;
    SourceRef def;
    friend bool operator==(const Governorate&, const Governorate&) = default;
};

struct Place {
    std::string id;
    std::string nameEn;
    std::string nameAr;
    std::string kind;         // city | town | village | neighbourhood | area | camp | mountain | crossing
    std::string governorate;  // a Governorate id
    double lat = 0;
    double lon = 0;
    std::string position;  // geonames | manual
    std::string positionNote;
    std::vector<std::string> aliases;
    SourceRef def;
    friend bool operator==(const Place&, const Place&) = default;
};

struct Actor {
    std::string id;
    std::string kind;  // state | government | faction | militia | committee | organisation | person | community
    std::string nameEn;
    std::string nameAr;
    SourceRef def;
    friend bool operator==(const Actor&, const Actor&) = default;
};

/// Another way to read an ambiguous date in the extracted text, and why it was (not) chosen.
struct Reading {
    PartialDate date;
    bool chosen = false;
    std::string reasonEn;
    std::string reasonAr;
    SourceRef def;
    friend bool operator==(const Reading&, const Reading&) = default;
};

/// A count the study gives: "about 700 to 800 fighters".
struct Number {
    std::string what;  // a number_kind id
    double value = 0;
    std::optional<double> max;
    bool approx = false;
    std::string noteEn;
    std::string noteAr;
    SourceRef def;
    friend bool operator==(const Number&, const Number&) = default;
};

/// A movement of people from one place to another (drawn as an arc).
struct Flow {
    std::string from;  // place id
    std::string to;    // place id
    std::string who;   // fighters | fighters_and_families | civilians | wounded | mixed
    std::optional<int64_t> count;
    std::optional<PartialDate> date;  // absent: the event's date
    std::string noteEn;
    std::string noteAr;
    SourceRef def;
    friend bool operator==(const Flow&, const Flow&) = default;
};

struct Clause {
    int n = 0;
    std::vector<std::string> categories;  // category ids
    std::string en;
    std::string ar;
    SourceRef def;
    friend bool operator==(const Clause&, const Clause&) = default;
};

struct Event {
    std::string id;
    int caseN = 0;  // 1..20; 0 for events of the study's general parts
    PartialDate date;
    std::optional<PartialDate> dateEnd;
    std::string dateNoteEn;
    std::string dateNoteAr;
    std::vector<Reading> readings;
    std::string kind;  // an event_kind id
    std::string phase;    // a short label of the event's place in its case (English)
    std::string phaseAr;  // the same in Arabic
    int model = 0;  // 1..3, 0 = none
    std::string titleEn;
    std::string titleAr;
    std::string summaryEn;
    std::string summaryAr;
    std::vector<std::string> places;
    std::vector<std::string> parties;
    std::vector<std::string> mediators;
    std::vector<std::string> guarantors;
    std::string venueEn;
    std::string venueAr;
    std::string outcome;  // implemented | partly | violated | collapsed | refused | unknown
    std::string outcomeNoteEn;
    std::string outcomeNoteAr;
    std::optional<int> clauseCountStated;
    std::string status;  // optional override: a status id, "" = derived from the kind
    StudyRef source;
    std::vector<Number> numbers;
    std::vector<Flow> flows;
    std::vector<Clause> clauses;
    SourceRef def;

    /// The day used to order events and to compute the timeline state.
    Day day() const { return date.representative(); }
    friend bool operator==(const Event&, const Event&) = default;
};

struct Case {
    int n = 0;  // 1..20, the study's numbering in part two
    std::string id;
    std::string nameEn;
    std::string nameAr;
    std::string governorate;
    std::vector<std::string> places;
    std::string summaryEn;
    std::string summaryAr;
    StudyRef source;
    SourceRef def;
    friend bool operator==(const Case&, const Case&) = default;
};

struct Zone {
    std::string id;
    std::string kind;  // deescalation | demilitarised
    std::string nameEn;
    std::string nameAr;
    PartialDate date;
    std::optional<PartialDate> dateEnd;
    std::vector<std::string> places;
    double bufferKm = 0;
    std::vector<std::string> guarantors;
    std::vector<std::string> factions;
    std::string summaryEn;
    std::string summaryAr;
    StudyRef source;
    SourceRef def;
    friend bool operator==(const Zone&, const Zone&) = default;
};

/// One of the study's three models of reconciliation.
struct Model {
    int n = 0;
    std::string id;
    std::string nameEn;
    std::string nameAr;
    std::string summaryEn;
    std::string summaryAr;
    std::vector<int> cases;
    StudyRef source;
    SourceRef def;
    friend bool operator==(const Model&, const Model&) = default;
};

/// A rung of the study's ladder of seven priorities (1 = highest).
struct Priority {
    int n = 0;
    std::string id;
    std::string nameEn;
    std::string nameAr;
    std::string summaryEn;
    std::string summaryAr;
    std::vector<std::string> events;
    std::vector<int> cases;
    StudyRef source;
    SourceRef def;
    friend bool operator==(const Priority&, const Priority&) = default;
};

/// Everything, as read from the sources (in file order) or the database.
struct CorpusData {
    Taxonomy taxonomy;
    std::vector<Governorate> governorates;
    std::vector<Case> cases;
    std::vector<Event> events;
    std::vector<Place> places;
    std::vector<Actor> actors;
    std::vector<Zone> zones;
    std::vector<Model> models;
    std::vector<Priority> priorities;
    friend bool operator==(const CorpusData&, const CorpusData&) = default;
};

/// Vocabularies fixed by FORMAT.md (the taxonomy file holds the others).
inline constexpr std::string_view kOutcomes[] = {"implemented", "partly", "violated", "collapsed", "refused", "unknown"};
inline constexpr std::string_view kFlowWho[] = {"fighters", "fighters_and_families", "civilians", "wounded", "mixed"};
inline constexpr std::string_view kPlaceKinds[] = {"city", "town", "village", "neighbourhood", "area", "camp", "mountain", "crossing"};
inline constexpr std::string_view kActorKinds[] = {"state", "government", "faction", "militia", "committee", "organisation", "person", "community"};
inline constexpr std::string_view kPositionKinds[] = {"geonames", "manual"};
inline constexpr std::string_view kZoneKinds[] = {"deescalation", "demilitarised"};

/// The loaded corpus: immutable, with lookups by id. Events are sorted by representative day (ties
/// keep source order), and each place and case knows its events in that order.
class Corpus {
public:
    Corpus() = default;
    explicit Corpus(CorpusData data);

    const CorpusData& data() const { return m_data; }
    const Taxonomy& taxonomy() const { return m_data.taxonomy; }
    const std::vector<Governorate>& governorates() const { return m_data.governorates; }
    const std::vector<Case>& cases() const { return m_data.cases; }  // ordered by n
    const std::vector<Event>& events() const { return m_data.events; }  // ordered by day
    const std::vector<Place>& places() const { return m_data.places; }
    const std::vector<Actor>& actors() const { return m_data.actors; }
    const std::vector<Zone>& zones() const { return m_data.zones; }
    const std::vector<Model>& models() const { return m_data.models; }
    const std::vector<Priority>& priorities() const { return m_data.priorities; }

    /// Index into the matching vector, or -1 when the id is unknown.
    int eventIndex(std::string_view id) const;
    int placeIndex(std::string_view id) const;
    int actorIndex(std::string_view id) const;
    int zoneIndex(std::string_view id) const;
    int caseIndex(int n) const;
    int caseIndexById(std::string_view id) const;

    const Event* findEvent(std::string_view id) const;
    const Place* findPlace(std::string_view id) const;
    const Actor* findActor(std::string_view id) const;
    const Case* findCase(int n) const;
    const Term* findCategory(std::string_view id) const;

    /// Indices into events(), ascending (so in day order), of the events naming the place.
    const std::vector<uint32_t>& eventsOfPlace(size_t placeIndex) const { return m_placeEvents[placeIndex]; }
    /// Flows leaving the place, as (event index, flow index) in the order of the flows' days.
    struct FlowRef {
        uint32_t event = 0;
        uint32_t flow = 0;
        Day day;
    };
    const std::vector<FlowRef>& flowsFromPlace(size_t placeIndex) const { return m_placeFlows[placeIndex]; }
    /// Every flow of the corpus, ordered by day.
    const std::vector<FlowRef>& flows() const { return m_flows; }
    /// Indices into zones() of the zones listing the place.
    const std::vector<uint32_t>& zonesOfPlace(size_t placeIndex) const { return m_placeZones[placeIndex]; }
    /// Indices into events() of the case's events, in day order.
    const std::vector<uint32_t>& eventsOfCase(size_t caseIndex) const { return m_caseEvents[caseIndex]; }

    /// Sum of clauses over all events.
    size_t clauseCount() const;

private:
    CorpusData m_data;
    std::map<std::string, int, std::less<>> m_eventById;
    std::map<std::string, int, std::less<>> m_placeById;
    std::map<std::string, int, std::less<>> m_actorById;
    std::map<std::string, int, std::less<>> m_zoneById;
    std::map<std::string, int, std::less<>> m_caseById;
    std::map<int, int> m_caseByN;
    std::map<std::string, int, std::less<>> m_categoryById;
    std::vector<std::vector<uint32_t>> m_placeEvents;
    std::vector<std::vector<FlowRef>> m_placeFlows;
    std::vector<FlowRef> m_flows;
    std::vector<std::vector<uint32_t>> m_placeZones;
    std::vector<std::vector<uint32_t>> m_caseEvents;
};

/// The day a flow happens: its own date, else its event's.
Day flowDay(const Event& event, const Flow& flow);

}  // namespace ta::corpus
