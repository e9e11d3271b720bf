#include "store.hpp"

#include "error.hpp"
#include "store_schema.hpp"

#include <map>

namespace ta::corpus {

namespace {

PartialDate readDate(const Connection& db, const std::string& iso, const std::string& qualifier) {
    std::string why;
    auto date = parsePartialDate(iso, &why);
    if (!date) throw Error(db.name(), "corrupt date '" + iso + "': " + why);
    if (auto q = parseQualifier(qualifier)) date->qualifier = *q;
    return *date;
}

/// Reads the corpus tables back into CorpusData, in the stored order.
class Reader {
public:
    explicit Reader(Connection& db) : m_db(db) {}

    CorpusData read() {
        CorpusData data;
        data.taxonomy.categories = readTerms("categories");
        data.taxonomy.eventKinds = readTerms("event_kinds");
        data.taxonomy.statuses = readTerms("statuses");
        data.taxonomy.numberKinds = readTerms("number_kinds");
        data.governorates = readGovernorates();
        data.places = readPlaces();
        data.actors = readActors();
        data.cases = readCases();
        data.models = readModels();
        data.events = readEvents();
        data.zones = readZones();
        data.priorities = readPriorities();
        return data;
    }

private:
    /// Child rows of a list table, grouped by parent key (as text), in `ord` order.
    std::map<std::string, std::vector<std::string>> readLists(std::string_view table, std::string_view parent, std::string_view value) {
        std::map<std::string, std::vector<std::string>> lists;
        Statement st = m_db.prepare("SELECT " + std::string(parent) + ", " + std::string(value) + " FROM " + std::string(table) +
                                    " ORDER BY " + std::string(parent) + ", ord");
        while (st.step()) lists[st.text(0)].push_back(st.text(1));
        return lists;
    }

    static std::vector<int> toInts(const std::vector<std::string>& values) {
        std::vector<int> out;
        for (const std::string& v : values) out.push_back(std::stoi(v));
        return out;
    }

    static StudyRef studyRef(const Statement& st, int first) {
        return StudyRef{st.text(first), static_cast<int>(st.integer(first + 1)), static_cast<int>(st.integer(first + 2)),
                        static_cast<int>(st.integer(first + 3))};
    }

    static SourceRef def(const Statement& st, int first) { return SourceRef{st.text(first), static_cast<int>(st.integer(first + 1))}; }

    std::vector<Term> readTerms(std::string_view table) {
        std::vector<Term> terms;
        Statement st = m_db.prepare("SELECT id, en, ar, description, src_file, src_line FROM " + std::string(table) + " ORDER BY ord");
        while (st.step()) terms.push_back(Term{st.text(0), st.text(1), st.text(2), st.text(3), def(st, 4)});
        return terms;
    }

    std::vector<Governorate> readGovernorates() {
        std::vector<Governorate> out;
        Statement st = m_db.prepare("SELECT id, name_en, name_ar, src_file, src_line FROM governorates ORDER BY ord");
        while (st.step()) out.push_back(Governorate{st.text(0), st.text(1), st.text(2), def(st, 3)});
        return out;
    }

    std::vector<Place> readPlaces() {
        auto aliases = readLists("place_aliases", "place", "alias");
        std::vector<Place> out;
        Statement st = m_db.prepare(
            "SELECT id, name_en, name_ar, kind, governorate, lat, lon, position, position_note, src_file, src_line FROM places ORDER BY ord");
        while (st.step()) {
            Place p{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.real(5), st.real(6), st.text(7), st.text(8), {}, def(st, 9)};
            p.aliases = std::move(aliases[p.id]);
            out.push_back(std::move(p));
        }
        return out;
    }

    std::vector<Actor> readActors() {
        std::vector<Actor> out;
        Statement st = m_db.prepare("SELECT id, kind, name_en, name_ar, src_file, src_line FROM actors ORDER BY ord");
        while (st.step()) out.push_back(Actor{st.text(0), st.text(1), st.text(2), st.text(3), def(st, 4)});
        return out;
    }

    std::vector<Case> readCases() {
        auto places = readLists("case_places", "case_n", "place");
        std::vector<Case> out;
        Statement st = m_db.prepare(
            "SELECT n, id, name_en, name_ar, governorate, summary_en, summary_ar, section, paragraph, line_first, line_last,"
            " src_file, src_line FROM cases ORDER BY ord");
        while (st.step()) {
            Case c;
            c.n = static_cast<int>(st.integer(0));
            c.id = st.text(1);
            c.nameEn = st.text(2);
            c.nameAr = st.text(3);
            c.governorate = st.text(4);
            c.places = std::move(places[std::to_string(c.n)]);
            c.summaryEn = st.text(5);
            c.summaryAr = st.text(6);
            c.source = studyRef(st, 7);
            c.def = def(st, 11);
            out.push_back(std::move(c));
        }
        return out;
    }

    std::vector<Model> readModels() {
        auto cases = readLists("model_cases", "model_n", "case_n");
        std::vector<Model> out;
        Statement st = m_db.prepare(
            "SELECT n, id, name_en, name_ar, summary_en, summary_ar, section, paragraph, line_first, line_last, src_file, src_line"
            " FROM models ORDER BY ord");
        while (st.step()) {
            Model m;
            m.n = static_cast<int>(st.integer(0));
            m.id = st.text(1);
            m.nameEn = st.text(2);
            m.nameAr = st.text(3);
            m.summaryEn = st.text(4);
            m.summaryAr = st.text(5);
            m.cases = toInts(cases[std::to_string(m.n)]);
            m.source = studyRef(st, 6);
            m.def = def(st, 10);
            out.push_back(std::move(m));
        }
        return out;
    }

    std::vector<Event> readEvents() {
        auto places = readLists("event_places", "event", "place");
        auto parties = readLists("event_parties", "event", "actor");
        auto mediators = readLists("event_mediators", "event", "actor");
        auto guarantors = readLists("event_guarantors", "event", "actor");
        std::vector<Event> out;
        std::map<std::string, size_t> byId;
        Statement st = m_db.prepare(
            "SELECT id, case_n, date, date_qualifier, date_end, date_note_en, date_note_ar, kind, phase, model_n, title_en, title_ar,"
            " summary_en, summary_ar, venue_en, venue_ar, outcome, outcome_note_en, outcome_note_ar, clause_count_stated, status,"
            " section, paragraph, line_first, line_last, src_file, src_line, phase_ar FROM events ORDER BY ord");
        while (st.step()) {
            Event e;
            e.id = st.text(0);
            e.caseN = static_cast<int>(st.optionalInteger(1).value_or(0));
            e.date = readDate(m_db, st.text(2), st.text(3));
            if (!st.isNull(4)) e.dateEnd = readDate(m_db, st.text(4), "");
            e.dateNoteEn = st.text(5);
            e.dateNoteAr = st.text(6);
            e.kind = st.text(7);
            e.phase = st.text(8);
            e.phaseAr = st.text(27);
            e.model = static_cast<int>(st.optionalInteger(9).value_or(0));
            e.titleEn = st.text(10);
            e.titleAr = st.text(11);
            e.summaryEn = st.text(12);
            e.summaryAr = st.text(13);
            e.venueEn = st.text(14);
            e.venueAr = st.text(15);
            e.outcome = st.text(16);
            e.outcomeNoteEn = st.text(17);
            e.outcomeNoteAr = st.text(18);
            if (auto n = st.optionalInteger(19)) e.clauseCountStated = static_cast<int>(*n);
            e.status = st.text(20);
            e.source = studyRef(st, 21);
            e.def = def(st, 25);
            e.places = std::move(places[e.id]);
            e.parties = std::move(parties[e.id]);
            e.mediators = std::move(mediators[e.id]);
            e.guarantors = std::move(guarantors[e.id]);
            byId[e.id] = out.size();
            out.push_back(std::move(e));
        }
        readEventDetails(out, byId);
        return out;
    }

    void readEventDetails(std::vector<Event>& events, const std::map<std::string, size_t>& byId) {
        const auto eventOf = [&](const std::string& id) -> Event& {
            const auto it = byId.find(id);
            if (it == byId.end()) throw Error(m_db.name(), "corrupt database: row for unknown event '" + id + "'");
            return events[it->second];
        };
        Statement readings = m_db.prepare(
            "SELECT event, date, chosen, reason_en, reason_ar, src_file, src_line FROM readings ORDER BY event, ord");
        while (readings.step())
            eventOf(readings.text(0)).readings.push_back(Reading{readDate(m_db, readings.text(1), ""), readings.integer(2) != 0,
                                                                  readings.text(3), readings.text(4), def(readings, 5)});
        Statement numbers = m_db.prepare(
            "SELECT event, what, value, max, approx, note_en, note_ar, src_file, src_line FROM numbers ORDER BY event, ord");
        while (numbers.step())
            eventOf(numbers.text(0)).numbers.push_back(Number{numbers.text(1), numbers.real(2), numbers.optionalReal(3),
                                                              numbers.integer(4) != 0, numbers.text(5), numbers.text(6), def(numbers, 7)});
        Statement flows = m_db.prepare(
            "SELECT event, from_place, to_place, who, count, date, note_en, note_ar, src_file, src_line FROM flows ORDER BY event, ord");
        while (flows.step()) {
            Flow f{flows.text(1), flows.text(2), flows.text(3), flows.optionalInteger(4), std::nullopt, flows.text(6), flows.text(7), def(flows, 8)};
            if (!flows.isNull(5)) f.date = readDate(m_db, flows.text(5), "");
            eventOf(flows.text(0)).flows.push_back(std::move(f));
        }
        std::map<std::pair<std::string, int>, std::vector<std::string>> categories;
        Statement cats = m_db.prepare("SELECT event, n, category FROM clause_categories ORDER BY event, n, ord");
        while (cats.step()) categories[{cats.text(0), static_cast<int>(cats.integer(1))}].push_back(cats.text(2));
        Statement clauses = m_db.prepare("SELECT event, n, en, ar, src_file, src_line FROM clauses ORDER BY event, n");
        while (clauses.step()) {
            const std::string id = clauses.text(0);
            const int n = static_cast<int>(clauses.integer(1));
            eventOf(id).clauses.push_back(Clause{n, std::move(categories[{id, n}]), clauses.text(2), clauses.text(3), def(clauses, 4)});
        }
    }

    std::vector<Zone> readZones() {
        auto places = readLists("zone_places", "zone", "place");
        auto guarantors = readLists("zone_guarantors", "zone", "actor");
        auto factions = readLists("zone_factions", "zone", "actor");
        std::vector<Zone> out;
        Statement st = m_db.prepare(
            "SELECT id, kind, name_en, name_ar, date, date_qualifier, date_end, buffer_km, summary_en, summary_ar, section, paragraph,"
            " line_first, line_last, src_file, src_line FROM zones ORDER BY ord");
        while (st.step()) {
            Zone z;
            z.id = st.text(0);
            z.kind = st.text(1);
            z.nameEn = st.text(2);
            z.nameAr = st.text(3);
            z.date = readDate(m_db, st.text(4), st.text(5));
            if (!st.isNull(6)) z.dateEnd = readDate(m_db, st.text(6), "");
            z.bufferKm = st.real(7);
            z.summaryEn = st.text(8);
            z.summaryAr = st.text(9);
            z.source = studyRef(st, 10);
            z.def = def(st, 14);
            z.places = std::move(places[z.id]);
            z.guarantors = std::move(guarantors[z.id]);
            z.factions = std::move(factions[z.id]);
            out.push_back(std::move(z));
        }
        return out;
    }

    std::vector<Priority> readPriorities() {
        auto events = readLists("priority_events", "priority_n", "event");
        auto cases = readLists("priority_cases", "priority_n", "case_n");
        std::vector<Priority> out;
        Statement st = m_db.prepare(
            "SELECT n, id, name_en, name_ar, summary_en, summary_ar, section, paragraph, line_first, line_last, src_file, src_line"
            " FROM priorities ORDER BY ord");
        while (st.step()) {
            Priority p;
            p.n = static_cast<int>(st.integer(0));
            p.id = st.text(1);
            p.nameEn = st.text(2);
            p.nameAr = st.text(3);
            p.summaryEn = st.text(4);
            p.summaryAr = st.text(5);
            p.events = std::move(events[std::to_string(p.n)]);
            p.cases = toInts(cases[std::to_string(p.n)]);
            p.source = studyRef(st, 6);
            p.def = def(st, 10);
            out.push_back(std::move(p));
        }
        return out;
    }

    Connection& m_db;
};

}  // namespace

CorpusDatabase::CorpusDatabase(const std::filesystem::path& path) : m_db([&] {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        throw Error(path.string(), "no such database (build it with 'truce-atlas corpus build')");
    return Connection(path, Connection::Mode::ReadOnly);
}()) {
    registerSqlFunctions(m_db);
    int version = 0;
    try {
        version = m_db.userVersion();
    } catch (const Error&) {
        throw Error(path.string(), "not a corpus database (SQLite cannot read it)");
    }
    if (version == 0)
        throw Error(path.string(), "not a corpus database (no schema version); build one with 'truce-atlas corpus build'");
    if (version != kSchemaVersion)
        throw Error(path.string(), "schema version " + std::to_string(version) + ", but this program reads version " +
                                       std::to_string(kSchemaVersion) + "; rebuild it with 'truce-atlas corpus build'");
    m_db.exec("PRAGMA foreign_keys = ON");
}

Corpus CorpusDatabase::load() {
    try {
        return Corpus(Reader(m_db).read());
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) {
        throw Error(m_db.name(), std::string("corrupt database: ") + e.what());
    }
}

Corpus loadDatabase(const std::filesystem::path& path) { return CorpusDatabase(path).load(); }

}  // namespace ta::corpus
