#include "store.hpp"

#include "atomic_file.hpp"
#include "store_schema.hpp"

namespace ta::corpus {

namespace {

std::optional<int64_t> optionalDay(const std::optional<PartialDate>& d) {
    return d ? std::optional<int64_t>(d->representative().n) : std::nullopt;
}

/// Inserts the corpus through prepared statements, parents before children (foreign keys are on).
class Writer {
public:
    explicit Writer(Connection& db) : m_db(db), m_search(db.prepare(
        "INSERT INTO search(kind, ref, clause, field, original, body) VALUES(?,?,?,?,?,ar_norm(?))")) {}

    void write(const Corpus& corpus) {
        Statement meta = m_db.prepare("INSERT INTO meta(key, value) VALUES(?, ?)");
        meta.bind(1, "generator").bind(2, "truce-atlas corpus build").run();
        writeTerms("categories", corpus.taxonomy().categories);
        writeTerms("event_kinds", corpus.taxonomy().eventKinds);
        writeTerms("statuses", corpus.taxonomy().statuses);
        writeTerms("number_kinds", corpus.taxonomy().numberKinds);
        writeGovernorates(corpus.governorates());
        writePlaces(corpus.places());
        writeActors(corpus.actors());
        writeCases(corpus.cases());
        writeModels(corpus.models());
        writeEvents(corpus.events());
        writeZones(corpus.zones());
        writePriorities(corpus.priorities());
    }

private:
    void index(std::string_view kind, std::string_view ref, int clause, std::string_view field, std::string_view text) {
        if (text.empty()) return;
        m_search.bind(1, kind).bind(2, ref).bind(3, clause).bind(4, field).bind(5, text).bind(6, text).run();
    }

    /// (parent, ord, value) rows of a list field.
    template <class Key>
    void writeList(std::string_view table, std::string_view parentColumn, std::string_view valueColumn, const Key& parent,
                   const std::vector<std::string>& values) {
        if (values.empty()) return;
        Statement st = m_db.prepare("INSERT INTO " + std::string(table) + "(" + std::string(parentColumn) + ", ord, " +
                                    std::string(valueColumn) + ") VALUES(?,?,?)");
        for (size_t i = 0; i < values.size(); ++i) st.bind(1, parent).bind(2, static_cast<int64_t>(i)).bind(3, values[i]).run();
    }

    template <class Key>
    void writeNumbers(std::string_view table, std::string_view parentColumn, const Key& parent, const std::vector<int>& values) {
        Statement st = m_db.prepare("INSERT INTO " + std::string(table) + "(" + std::string(parentColumn) +
                                    ", ord, case_n) VALUES(?,?,?)");
        for (size_t i = 0; i < values.size(); ++i) st.bind(1, parent).bind(2, static_cast<int64_t>(i)).bind(3, values[i]).run();
    }

    static void bindStudyRef(Statement& st, int first, const StudyRef& ref) {
        st.bind(first, ref.section).bind(first + 1, ref.paragraph).bind(first + 2, ref.lineFirst).bind(first + 3, ref.lineLast);
    }

    static void bindDef(Statement& st, int first, const SourceRef& def) { st.bind(first, def.file).bind(first + 1, def.line); }

    void writeTerms(std::string_view table, const std::vector<Term>& terms) {
        Statement st = m_db.prepare("INSERT INTO " + std::string(table) +
                                    "(id, ord, en, ar, description, src_file, src_line) VALUES(?,?,?,?,?,?,?)");
        for (size_t i = 0; i < terms.size(); ++i) {
            const Term& t = terms[i];
            st.bind(1, t.id).bind(2, static_cast<int64_t>(i)).bind(3, t.en).bind(4, t.ar).bind(5, t.description);
            bindDef(st, 6, t.def);
            st.run();
        }
    }

    void writeGovernorates(const std::vector<Governorate>& items) {
        Statement st = m_db.prepare("INSERT INTO governorates(id, ord, name_en, name_ar, src_file, src_line) VALUES(?,?,?,?,?,?)");
        for (size_t i = 0; i < items.size(); ++i) {
            st.bind(1, items[i].id).bind(2, static_cast<int64_t>(i)).bind(3, items[i].nameEn).bind(4, items[i].nameAr);
            bindDef(st, 5, items[i].def);
            st.run();
        }
    }

    void writePlaces(const std::vector<Place>& places) {
        Statement st = m_db.prepare(
            "INSERT INTO places(id, ord, name_en, name_ar, kind, governorate, lat, lon, position, position_note, src_file, src_line)"
            " VALUES(?,?,?,?,?,?,?,?,?,?,?,?)");
        for (size_t i = 0; i < places.size(); ++i) {
            const Place& p = places[i];
            st.bind(1, p.id).bind(2, static_cast<int64_t>(i)).bind(3, p.nameEn).bind(4, p.nameAr).bind(5, p.kind);
            st.bind(6, p.governorate).bind(7, p.lat).bind(8, p.lon).bind(9, p.position).bind(10, p.positionNote);
            bindDef(st, 11, p.def);
            st.run();
            writeList("place_aliases", "place", "alias", p.id, p.aliases);
            index("place", p.id, 0, "name_en", p.nameEn);
            index("place", p.id, 0, "name_ar", p.nameAr);
            for (const std::string& alias : p.aliases) index("place", p.id, 0, "alias", alias);
        }
    }

    void writeActors(const std::vector<Actor>& actors) {
        Statement st = m_db.prepare("INSERT INTO actors(id, ord, kind, name_en, name_ar, src_file, src_line) VALUES(?,?,?,?,?,?,?)");
        for (size_t i = 0; i < actors.size(); ++i) {
            const Actor& a = actors[i];
            st.bind(1, a.id).bind(2, static_cast<int64_t>(i)).bind(3, a.kind).bind(4, a.nameEn).bind(5, a.nameAr);
            bindDef(st, 6, a.def);
            st.run();
            index("actor", a.id, 0, "name_en", a.nameEn);
            index("actor", a.id, 0, "name_ar", a.nameAr);
        }
    }

    void writeCases(const std::vector<Case>& cases) {
        Statement st = m_db.prepare(
            "INSERT INTO cases(n, id, ord, name_en, name_ar, governorate, summary_en, summary_ar, section, paragraph,"
            " line_first, line_last, src_file, src_line) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        for (size_t i = 0; i < cases.size(); ++i) {
            const Case& c = cases[i];
            st.bind(1, c.n).bind(2, c.id).bind(3, static_cast<int64_t>(i)).bind(4, c.nameEn).bind(5, c.nameAr);
            st.bind(6, c.governorate).bind(7, c.summaryEn).bind(8, c.summaryAr);
            bindStudyRef(st, 9, c.source);
            bindDef(st, 13, c.def);
            st.run();
            writeList("case_places", "case_n", "place", c.n, c.places);
            index("case", c.id, 0, "name_en", c.nameEn);
            index("case", c.id, 0, "name_ar", c.nameAr);
        }
    }

    void writeModels(const std::vector<Model>& models) {
        Statement st = m_db.prepare(
            "INSERT INTO models(n, id, ord, name_en, name_ar, summary_en, summary_ar, section, paragraph, line_first,"
            " line_last, src_file, src_line) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)");
        for (size_t i = 0; i < models.size(); ++i) {
            const Model& m = models[i];
            st.bind(1, m.n).bind(2, m.id).bind(3, static_cast<int64_t>(i)).bind(4, m.nameEn).bind(5, m.nameAr);
            st.bind(6, m.summaryEn).bind(7, m.summaryAr);
            bindStudyRef(st, 8, m.source);
            bindDef(st, 12, m.def);
            st.run();
            writeNumbers("model_cases", "model_n", m.n, m.cases);
        }
    }

    void writeEvents(const std::vector<Event>& events) {
        Statement st = m_db.prepare(
            "INSERT INTO events(id, ord, case_n, date, date_qualifier, day, date_end, date_end_day, date_note_en, date_note_ar,"
            " kind, phase, model_n, title_en, title_ar, summary_en, summary_ar, venue_en, venue_ar, outcome, outcome_note_en,"
            " outcome_note_ar, clause_count_stated, status, section, paragraph, line_first, line_last, src_file, src_line, phase_ar)"
            " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        for (size_t i = 0; i < events.size(); ++i) {
            const Event& e = events[i];
            st.bind(1, e.id).bind(2, static_cast<int64_t>(i));
            if (e.caseN) st.bind(3, e.caseN);
            else st.bindNull(3);
            st.bind(4, e.date.iso()).bind(5, toString(e.date.qualifier)).bind(6, static_cast<int64_t>(e.day().n));
            if (e.dateEnd) st.bind(7, e.dateEnd->iso());
            else st.bindNull(7);
            st.bindOptional(8, optionalDay(e.dateEnd)).bind(9, e.dateNoteEn).bind(10, e.dateNoteAr);
            st.bind(11, e.kind).bind(12, e.phase);
            if (e.model) st.bind(13, e.model);
            else st.bindNull(13);
            st.bind(14, e.titleEn).bind(15, e.titleAr).bind(16, e.summaryEn).bind(17, e.summaryAr);
            st.bind(18, e.venueEn).bind(19, e.venueAr).bind(20, e.outcome).bind(21, e.outcomeNoteEn).bind(22, e.outcomeNoteAr);
            st.bindOptional(23, e.clauseCountStated ? std::optional<int64_t>(*e.clauseCountStated) : std::nullopt);
            if (!e.status.empty()) st.bind(24, e.status);
            else st.bindNull(24);
            bindStudyRef(st, 25, e.source);
            bindDef(st, 29, e.def);
            st.bind(31, e.phaseAr);
            st.run();
            writeList("event_places", "event", "place", e.id, e.places);
            writeList("event_parties", "event", "actor", e.id, e.parties);
            writeList("event_mediators", "event", "actor", e.id, e.mediators);
            writeList("event_guarantors", "event", "actor", e.id, e.guarantors);
            writeEventDetails(e);
            index("event", e.id, 0, "title_en", e.titleEn);
            index("event", e.id, 0, "title_ar", e.titleAr);
            index("event", e.id, 0, "summary_en", e.summaryEn);
            index("event", e.id, 0, "summary_ar", e.summaryAr);
        }
    }

    void writeEventDetails(const Event& e) {
        Statement readings = m_db.prepare(
            "INSERT INTO readings(event, ord, date, chosen, reason_en, reason_ar, src_file, src_line) VALUES(?,?,?,?,?,?,?,?)");
        for (size_t i = 0; i < e.readings.size(); ++i) {
            const Reading& r = e.readings[i];
            readings.bind(1, e.id).bind(2, static_cast<int64_t>(i)).bind(3, r.date.iso()).bind(4, r.chosen ? 1 : 0);
            readings.bind(5, r.reasonEn).bind(6, r.reasonAr);
            bindDef(readings, 7, r.def);
            readings.run();
        }
        Statement numbers = m_db.prepare(
            "INSERT INTO numbers(event, ord, what, value, max, approx, note_en, note_ar, src_file, src_line)"
            " VALUES(?,?,?,?,?,?,?,?,?,?)");
        for (size_t i = 0; i < e.numbers.size(); ++i) {
            const Number& n = e.numbers[i];
            numbers.bind(1, e.id).bind(2, static_cast<int64_t>(i)).bind(3, n.what).bind(4, n.value).bindOptional(5, n.max);
            numbers.bind(6, n.approx ? 1 : 0).bind(7, n.noteEn).bind(8, n.noteAr);
            bindDef(numbers, 9, n.def);
            numbers.run();
        }
        Statement flows = m_db.prepare(
            "INSERT INTO flows(event, ord, from_place, to_place, who, count, date, day, note_en, note_ar, src_file, src_line)"
            " VALUES(?,?,?,?,?,?,?,?,?,?,?,?)");
        for (size_t i = 0; i < e.flows.size(); ++i) {
            const Flow& f = e.flows[i];
            flows.bind(1, e.id).bind(2, static_cast<int64_t>(i)).bind(3, f.from).bind(4, f.to).bind(5, f.who).bindOptional(6, f.count);
            if (f.date) flows.bind(7, f.date->iso());
            else flows.bindNull(7);
            flows.bind(8, static_cast<int64_t>(flowDay(e, f).n)).bind(9, f.noteEn).bind(10, f.noteAr);
            bindDef(flows, 11, f.def);
            flows.run();
        }
        Statement clauses = m_db.prepare("INSERT INTO clauses(event, n, en, ar, src_file, src_line) VALUES(?,?,?,?,?,?)");
        Statement categories = m_db.prepare("INSERT INTO clause_categories(event, n, ord, category) VALUES(?,?,?,?)");
        for (const Clause& c : e.clauses) {
            clauses.bind(1, e.id).bind(2, c.n).bind(3, c.en).bind(4, c.ar);
            bindDef(clauses, 5, c.def);
            clauses.run();
            for (size_t k = 0; k < c.categories.size(); ++k)
                categories.bind(1, e.id).bind(2, c.n).bind(3, static_cast<int64_t>(k)).bind(4, c.categories[k]).run();
            index("clause", e.id, c.n, "en", c.en);
            index("clause", e.id, c.n, "ar", c.ar);
        }
    }

    void writeZones(const std::vector<Zone>& zones) {
        Statement st = m_db.prepare(
            "INSERT INTO zones(id, ord, kind, name_en, name_ar, date, date_qualifier, day, date_end, date_end_day, buffer_km,"
            " summary_en, summary_ar, section, paragraph, line_first, line_last, src_file, src_line)"
            " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        for (size_t i = 0; i < zones.size(); ++i) {
            const Zone& z = zones[i];
            st.bind(1, z.id).bind(2, static_cast<int64_t>(i)).bind(3, z.kind).bind(4, z.nameEn).bind(5, z.nameAr);
            st.bind(6, z.date.iso()).bind(7, toString(z.date.qualifier)).bind(8, static_cast<int64_t>(z.date.representative().n));
            if (z.dateEnd) st.bind(9, z.dateEnd->iso());
            else st.bindNull(9);
            st.bindOptional(10, optionalDay(z.dateEnd)).bind(11, z.bufferKm).bind(12, z.summaryEn).bind(13, z.summaryAr);
            bindStudyRef(st, 14, z.source);
            bindDef(st, 18, z.def);
            st.run();
            writeList("zone_places", "zone", "place", z.id, z.places);
            writeList("zone_guarantors", "zone", "actor", z.id, z.guarantors);
            writeList("zone_factions", "zone", "actor", z.id, z.factions);
            index("zone", z.id, 0, "name_en", z.nameEn);
            index("zone", z.id, 0, "name_ar", z.nameAr);
        }
    }

    void writePriorities(const std::vector<Priority>& priorities) {
        Statement st = m_db.prepare(
            "INSERT INTO priorities(n, id, ord, name_en, name_ar, summary_en, summary_ar, section, paragraph, line_first,"
            " line_last, src_file, src_line) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)");
        for (size_t i = 0; i < priorities.size(); ++i) {
            const Priority& p = priorities[i];
            st.bind(1, p.n).bind(2, p.id).bind(3, static_cast<int64_t>(i)).bind(4, p.nameEn).bind(5, p.nameAr);
            st.bind(6, p.summaryEn).bind(7, p.summaryAr);
            bindStudyRef(st, 8, p.source);
            bindDef(st, 12, p.def);
            st.run();
            writeList("priority_events", "priority_n", "event", p.n, p.events);
            writeNumbers("priority_cases", "priority_n", p.n, p.cases);
        }
    }

    Connection& m_db;
    Statement m_search;
};

}  // namespace

void buildDatabase(const Corpus& corpus, const std::filesystem::path& path) {
    checkWritableDestination(path);
    AtomicFile file(path);
    {
        Connection db(file.tempPath(), Connection::Mode::Create, path.string());
        registerSqlFunctions(db);
        // No journal: the temporary file is discarded on any failure, and AtomicFile fsyncs it.
        db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON;");
        createSchema(db);
        db.exec("BEGIN");
        {
            Writer writer(db);
            writer.write(corpus);
        }
        db.exec("COMMIT");
        db.exec("PRAGMA optimize");
        db.close();
    }
    file.commit();
}

}  // namespace ta::corpus
