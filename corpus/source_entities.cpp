#include "source_entities.hpp"

#include "toml_reader.hpp"

namespace ta::corpus {

namespace {

constexpr std::string_view kQualifiers[] = {"early", "mid", "late", "end"};

/// English and Arabic versions of an optional text go together: one without the other is a gap.
void requirePair(TableReader& r, std::string_view enKey, const std::string& en, std::string_view arKey, const std::string& ar) {
    if (!en.empty() && ar.empty()) r.report(arKey, "missing: " + std::string(enKey) + " is given, give the Arabic too");
    if (en.empty() && !ar.empty()) r.report(enKey, "missing: " + std::string(arKey) + " is given, give the English too");
}

PartialDate readDateWithQualifier(TableReader& r) {
    PartialDate date = r.date("date", Need::Required).value_or(PartialDate{});
    const std::string qualifier = r.choice("date_qualifier", Need::Optional, kQualifiers);
    if (auto q = parseQualifier(qualifier)) date.qualifier = *q;
    return date;
}

Reading readReading(const toml::table& t, const std::string& file, ReadContext& ctx) {
    TableReader r(t, file, "event.reading", ctx);
    Reading reading;
    reading.def = r.ref();
    reading.date = r.date("date", Need::Required).value_or(PartialDate{});
    reading.chosen = r.boolean("chosen", Need::Required).value_or(false);
    reading.reasonEn = r.text("reason_en", Need::Required);
    reading.reasonAr = r.text("reason_ar", Need::Required);
    r.finish();
    return reading;
}

Number readNumber(const toml::table& t, const std::string& file, ReadContext& ctx) {
    TableReader r(t, file, "event.number", ctx);
    Number number;
    number.def = r.ref();
    number.what = r.id("what", Need::Required, true);
    number.value = r.number("value", Need::Required).value_or(0);
    number.max = r.number("max", Need::Optional);
    if (number.max && *number.max < number.value) r.report("max", "is smaller than value");
    if (number.value < 0) r.report("value", "must not be negative");
    number.approx = r.boolean("approx", Need::Optional).value_or(false);
    number.noteEn = r.text("note_en", Need::Optional);
    number.noteAr = r.text("note_ar", Need::Optional);
    requirePair(r, "note_en", number.noteEn, "note_ar", number.noteAr);
    r.finish();
    return number;
}

Flow readFlow(const toml::table& t, const std::string& file, ReadContext& ctx) {
    TableReader r(t, file, "event.flow", ctx);
    Flow flow;
    flow.def = r.ref();
    flow.from = r.id("from", Need::Required);
    flow.to = r.id("to", Need::Required);
    flow.who = r.choice("who", Need::Required, kFlowWho);
    flow.count = r.integer("count", Need::Optional);
    if (flow.count && *flow.count < 0) r.report("count", "must not be negative");
    flow.date = r.date("date", Need::Optional);
    flow.noteEn = r.text("note_en", Need::Optional);
    flow.noteAr = r.text("note_ar", Need::Optional);
    requirePair(r, "note_en", flow.noteEn, "note_ar", flow.noteAr);
    r.finish();
    return flow;
}

Clause readClause(const toml::table& t, const std::string& file, ReadContext& ctx) {
    TableReader r(t, file, "event.clause", ctx);
    Clause clause;
    clause.def = r.ref();
    clause.n = static_cast<int>(r.integer("n", Need::Required).value_or(0));
    const bool hasCategories = t.contains("categories");
    clause.categories = r.strings("categories", Need::Required);
    if (hasCategories && clause.categories.empty() && t.get("categories")->is_array())
        r.report("categories", "is empty: give at least one category (\"other\" if none fits)");
    clause.en = r.text("en", Need::Required);
    clause.ar = r.text("ar", Need::Required);
    r.finish();
    return clause;
}

}  // namespace

Case readCase(const toml::table& t, const std::string& file, ReadContext& ctx) {
    TableReader r(t, file, "case", ctx);
    Case c;
    c.def = r.ref();
    c.n = static_cast<int>(r.integer("n", Need::Required).value_or(0));
    c.id = r.id("id", Need::Required);
    c.nameEn = r.text("name_en", Need::Required);
    c.nameAr = r.text("name_ar", Need::Required);
    c.governorate = r.id("governorate", Need::Required);
    c.places = r.strings("places", Need::Required);
    c.summaryEn = r.text("summary_en", Need::Required);
    c.summaryAr = r.text("summary_ar", Need::Required);
    c.source = r.studyRef("source", Need::Required);
    r.finish();
    return c;
}

Event readEvent(const toml::table& t, const std::string& file, int caseN, ReadContext& ctx) {
    TableReader r(t, file, "event", ctx);
    Event e;
    e.def = r.ref();
    e.caseN = caseN;
    e.id = r.id("id", Need::Required);
    e.date = readDateWithQualifier(r);
    e.dateEnd = r.date("date_end", Need::Optional);
    e.dateNoteEn = r.text("date_note_en", Need::Optional);
    e.dateNoteAr = r.text("date_note_ar", Need::Optional);
    requirePair(r, "date_note_en", e.dateNoteEn, "date_note_ar", e.dateNoteAr);
    for (const toml::table* reading : r.tables("reading")) e.readings.push_back(readReading(*reading, file, ctx));
    e.kind = r.id("kind", Need::Required, true);
    e.phase = r.text("phase", Need::Optional);
    e.phaseAr = r.text("phase_ar", Need::Optional);  // optional: without it, Arabic shows the English label
    if (auto model = r.integer("model", Need::Optional)) e.model = static_cast<int>(*model);
    e.titleEn = r.text("title_en", Need::Required);
    e.titleAr = r.text("title_ar", Need::Required);
    e.summaryEn = r.text("summary_en", Need::Required);
    e.summaryAr = r.text("summary_ar", Need::Required);
    e.places = r.strings("places", Need::Optional);
    e.parties = r.strings("parties", Need::Optional);
    e.mediators = r.strings("mediators", Need::Optional);
    e.guarantors = r.strings("guarantors", Need::Optional);
    e.venueEn = r.text("venue_en", Need::Optional);
    e.venueAr = r.text("venue_ar", Need::Optional);
    requirePair(r, "venue_en", e.venueEn, "venue_ar", e.venueAr);
    e.outcome = r.choice("outcome", Need::Required, kOutcomes);
    e.outcomeNoteEn = r.text("outcome_note_en", Need::Optional);
    e.outcomeNoteAr = r.text("outcome_note_ar", Need::Optional);
    requirePair(r, "outcome_note_en", e.outcomeNoteEn, "outcome_note_ar", e.outcomeNoteAr);
    if (auto stated = r.integer("clause_count_stated", Need::Optional)) {
        if (*stated < 1) r.report("clause_count_stated", "must be 1 or more");
        else e.clauseCountStated = static_cast<int>(*stated);
    }
    e.status = r.id("status", Need::Optional, true);
    e.source = r.studyRef("source", Need::Required);
    for (const toml::table* n : r.tables("number")) e.numbers.push_back(readNumber(*n, file, ctx));
    for (const toml::table* f : r.tables("flow")) e.flows.push_back(readFlow(*f, file, ctx));
    for (const toml::table* c : r.tables("clause")) e.clauses.push_back(readClause(*c, file, ctx));
    r.finish();
    return e;
}

Place readPlace(const toml::table& t, const std::string& file, ReadContext& ctx) {
    TableReader r(t, file, "place", ctx);
    Place p;
    p.def = r.ref();
    p.id = r.id("id", Need::Required);
    p.nameEn = r.text("name_en", Need::Required);
    p.nameAr = r.text("name_ar", Need::Required);
    p.kind = r.choice("kind", Need::Required, kPlaceKinds);
    p.governorate = r.id("governorate", Need::Required);
    p.lat = r.number("lat", Need::Required).value_or(0);
    p.lon = r.number("lon", Need::Required).value_or(0);
    p.position = r.choice("position", Need::Required, kPositionKinds);
    p.positionNote = r.text("position_note", Need::Required);
    p.aliases = r.strings("aliases", Need::Optional);
    r.finish();
    return p;
}

Actor readActor(const toml::table& t, const std::string& file, ReadContext& ctx) {
    TableReader r(t, file, "actor", ctx);
    Actor a;
    a.def = r.ref();
    a.id = r.id("id", Need::Required);
    a.kind = r.choice("kind", Need::Required, kActorKinds);
    a.nameEn = r.text("name_en", Need::Required);
    a.nameAr = r.text("name_ar", Need::Required);
    r.finish();
    return a;
}

Governorate readGovernorate(const toml::table& t, const std::string& file, ReadContext& ctx) {
    TableReader r(t, file, "governorate", ctx);
    Governorate g;
    g.def = r.ref();
    g.id = r.id("id", Need::Required);
    g.nameEn = r.text("name_en", Need::Required);
    g.nameAr = r.text("name_ar", Need::Required);
    r.finish();
    return g;
}

Zone readZone(const toml::table& t, const std::string& file, ReadContext& ctx) {
    TableReader r(t, file, "zone", ctx);
    Zone z;
    z.def = r.ref();
    z.id = r.id("id", Need::Required);
    z.kind = r.choice("kind", Need::Required, kZoneKinds);
    z.nameEn = r.text("name_en", Need::Required);
    z.nameAr = r.text("name_ar", Need::Required);
    z.date = r.date("date", Need::Required).value_or(PartialDate{});
    z.dateEnd = r.date("date_end", Need::Optional);
    z.places = r.strings("places", Need::Required);
    z.bufferKm = r.number("buffer_km", Need::Optional).value_or(0);
    if (z.bufferKm < 0 || z.bufferKm > 200) r.report("buffer_km", "must be between 0 and 200 km");
    z.guarantors = r.strings("guarantors", Need::Optional);
    z.factions = r.strings("factions", Need::Optional);
    z.summaryEn = r.text("summary_en", Need::Required);
    z.summaryAr = r.text("summary_ar", Need::Required);
    z.source = r.studyRef("source", Need::Required);
    r.finish();
    return z;
}

Model readModel(const toml::table& t, const std::string& file, ReadContext& ctx) {
    TableReader r(t, file, "model", ctx);
    Model m;
    m.def = r.ref();
    m.n = static_cast<int>(r.integer("n", Need::Required).value_or(0));
    m.id = r.id("id", Need::Required);
    m.nameEn = r.text("name_en", Need::Required);
    m.nameAr = r.text("name_ar", Need::Required);
    m.summaryEn = r.text("summary_en", Need::Required);
    m.summaryAr = r.text("summary_ar", Need::Required);
    m.cases = r.integers("cases", Need::Optional);
    m.source = r.studyRef("source", Need::Required);
    r.finish();
    return m;
}

Priority readPriority(const toml::table& t, const std::string& file, ReadContext& ctx) {
    TableReader r(t, file, "priority", ctx);
    Priority p;
    p.def = r.ref();
    p.n = static_cast<int>(r.integer("n", Need::Required).value_or(0));
    p.id = r.id("id", Need::Required);
    p.nameEn = r.text("name_en", Need::Required);
    p.nameAr = r.text("name_ar", Need::Required);
    p.summaryEn = r.text("summary_en", Need::Required);
    p.summaryAr = r.text("summary_ar", Need::Required);
    p.events = r.strings("events", Need::Optional);
    p.cases = r.integers("cases", Need::Optional);
    p.source = r.studyRef("source", Need::Required);
    r.finish();
    return p;
}

Term readTerm(const toml::table& t, const std::string& file, const std::string& field, ReadContext& ctx) {
    TableReader r(t, file, field, ctx);
    Term term;
    term.def = r.ref();
    term.id = r.id("id", Need::Required, true);
    term.en = r.text("en", Need::Required);
    term.ar = r.text("ar", Need::Required);
    if (field == "category") term.description = r.text("description", Need::Optional);
    r.finish();
    return term;
}

}  // namespace ta::corpus
