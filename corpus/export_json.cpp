#include "exporter.hpp"

#include "timeline.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

namespace ta::corpus {

using Json = nlohmann::ordered_json;

namespace {

Json orNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

/// Counts are whole numbers in the study; keep them integers in the output.
Json numberValue(double v) {
    if (std::floor(v) == v && std::abs(v) < 9e15) return static_cast<int64_t>(v);
    return v;
}

Json textPair(const std::string& en, const std::string& ar) {
    if (en.empty() && ar.empty()) return nullptr;
    return Json{{"en", en}, {"ar", ar}};
}

Json studyRef(const StudyRef& ref) {
    Json j{{"section", ref.section}, {"paragraph", ref.paragraph ? Json(ref.paragraph) : Json(nullptr)}};
    j["lines"] = ref.lineFirst ? Json::array({ref.lineFirst, ref.lineLast}) : Json(nullptr);
    return j;
}

Json eventJson(const Event& e) {
    Json j;
    j["id"] = e.id;
    j["case"] = e.caseN ? Json(e.caseN) : Json(nullptr);
    j["date"] = e.date.iso();
    j["date_precision"] = std::string(toString(e.date.precision));
    j["date_qualifier"] = orNull(std::string(toString(e.date.qualifier)));
    j["date_end"] = e.dateEnd ? Json(e.dateEnd->iso()) : Json(nullptr);
    j["day"] = formatIsoDay(e.day());
    j["date_note"] = textPair(e.dateNoteEn, e.dateNoteAr);
    Json readings = Json::array();
    for (const Reading& r : e.readings)
        readings.push_back({{"date", r.date.iso()}, {"chosen", r.chosen}, {"reason_en", r.reasonEn}, {"reason_ar", r.reasonAr}});
    j["readings"] = readings;
    j["kind"] = e.kind;
    j["phase"] = e.phase;
    j["phase_ar"] = e.phaseAr;
    j["model"] = e.model ? Json(e.model) : Json(nullptr);
    j["title_en"] = e.titleEn;
    j["title_ar"] = e.titleAr;
    j["summary_en"] = e.summaryEn;
    j["summary_ar"] = e.summaryAr;
    j["places"] = e.places;
    j["parties"] = e.parties;
    j["mediators"] = e.mediators;
    j["guarantors"] = e.guarantors;
    j["venue"] = textPair(e.venueEn, e.venueAr);
    j["outcome"] = e.outcome;
    j["outcome_note"] = textPair(e.outcomeNoteEn, e.outcomeNoteAr);
    j["status"] = orNull(e.status);
    Json numbers = Json::array();
    for (const Number& n : e.numbers) {
        Json nj{{"what", n.what}, {"value", numberValue(n.value)}};
        nj["max"] = n.max ? numberValue(*n.max) : Json(nullptr);
        nj["approx"] = n.approx;
        nj["note_en"] = orNull(n.noteEn);
        nj["note_ar"] = orNull(n.noteAr);
        numbers.push_back(std::move(nj));
    }
    j["numbers"] = numbers;
    Json flows = Json::array();
    for (const Flow& f : e.flows) {
        Json fj{{"from", f.from}, {"to", f.to}, {"who", f.who}};
        fj["count"] = f.count ? Json(*f.count) : Json(nullptr);
        fj["date"] = f.date ? Json(f.date->iso()) : Json(nullptr);
        fj["note_en"] = orNull(f.noteEn);
        fj["note_ar"] = orNull(f.noteAr);
        flows.push_back(std::move(fj));
    }
    j["flows"] = flows;
    j["people_moved"] = peopleMoved(e);
    Json clauses = Json::array();
    for (const Clause& c : e.clauses) clauses.push_back({{"n", c.n}, {"categories", c.categories}, {"en", c.en}, {"ar", c.ar}});
    j["clauses"] = clauses;
    j["clause_count_stated"] = e.clauseCountStated ? Json(*e.clauseCountStated) : Json(nullptr);
    j["source"] = studyRef(e.source);
    return j;
}

Json termsJson(const std::vector<Term>& terms) {
    Json out = Json::array();
    for (const Term& t : terms) {
        Json j{{"id", t.id}, {"en", t.en}, {"ar", t.ar}};
        if (!t.description.empty()) j["description"] = t.description;
        out.push_back(std::move(j));
    }
    return out;
}

}  // namespace

std::optional<ExportFormat> parseExportFormat(std::string_view name) {
    if (name == "json") return ExportFormat::Json;
    if (name == "geojson") return ExportFormat::GeoJson;
    if (name == "csv") return ExportFormat::Csv;
    return std::nullopt;
}

std::string exportJson(const Corpus& corpus) {
    Json root;
    Json cases = Json::array();
    for (size_t i = 0; i < corpus.cases().size(); ++i) {
        const Case& c = corpus.cases()[i];
        Json events = Json::array();
        for (uint32_t e : corpus.eventsOfCase(i)) events.push_back(corpus.events()[e].id);
        cases.push_back({{"n", c.n}, {"id", c.id}, {"name_en", c.nameEn}, {"name_ar", c.nameAr}, {"governorate", c.governorate},
                         {"places", c.places}, {"summary_en", c.summaryEn}, {"summary_ar", c.summaryAr},
                         {"source", studyRef(c.source)}, {"events", events}});
    }
    root["cases"] = cases;
    Json events = Json::array();
    for (const Event& e : corpus.events()) events.push_back(eventJson(e));
    root["events"] = events;
    Json places = Json::array();
    for (const Place& p : corpus.places())
        places.push_back({{"id", p.id}, {"name_en", p.nameEn}, {"name_ar", p.nameAr}, {"lat", p.lat}, {"lon", p.lon},
                          {"kind", p.kind}, {"governorate", p.governorate}, {"position", p.position},
                          {"position_note", p.positionNote}, {"aliases", p.aliases}});
    root["places"] = places;
    Json zones = Json::array();
    for (const Zone& z : corpus.zones())
        zones.push_back({{"id", z.id}, {"kind", z.kind}, {"name_en", z.nameEn}, {"name_ar", z.nameAr}, {"date", z.date.iso()},
                         {"date_end", z.dateEnd ? Json(z.dateEnd->iso()) : Json(nullptr)}, {"places", z.places},
                         {"buffer_km", z.bufferKm}, {"geometry", "schematic"}, {"guarantors", z.guarantors},
                         {"factions", z.factions}, {"summary_en", z.summaryEn}, {"summary_ar", z.summaryAr},
                         {"source", studyRef(z.source)}});
    root["zones"] = zones;
    Json actors = Json::array();
    for (const Actor& a : corpus.actors())
        actors.push_back({{"id", a.id}, {"kind", a.kind}, {"name_en", a.nameEn}, {"name_ar", a.nameAr}});
    root["actors"] = actors;
    Json governorates = Json::array();
    for (const Governorate& g : corpus.governorates())
        governorates.push_back({{"id", g.id}, {"name_en", g.nameEn}, {"name_ar", g.nameAr}});
    root["governorates"] = governorates;
    Json models = Json::array();
    for (const Model& m : corpus.models())
        models.push_back({{"n", m.n}, {"id", m.id}, {"name_en", m.nameEn}, {"name_ar", m.nameAr}, {"summary_en", m.summaryEn},
                          {"summary_ar", m.summaryAr}, {"cases", m.cases}, {"source", studyRef(m.source)}});
    root["models"] = models;
    Json priorities = Json::array();
    for (const Priority& p : corpus.priorities())
        priorities.push_back({{"n", p.n}, {"id", p.id}, {"name_en", p.nameEn}, {"name_ar", p.nameAr}, {"summary_en", p.summaryEn},
                              {"summary_ar", p.summaryAr}, {"events", p.events}, {"cases", p.cases}, {"source", studyRef(p.source)}});
    root["priorities"] = priorities;
    root["taxonomy"] = {{"categories", termsJson(corpus.taxonomy().categories)},
                        {"event_kinds", termsJson(corpus.taxonomy().eventKinds)},
                        {"statuses", termsJson(corpus.taxonomy().statuses)},
                        {"number_kinds", termsJson(corpus.taxonomy().numberKinds)}};
    return root.dump(2) + "\n";
}

std::string exportCorpus(const Corpus& corpus, ExportFormat format) {
    switch (format) {
        case ExportFormat::Json: return exportJson(corpus);
        case ExportFormat::GeoJson: return exportGeoJson(corpus);
        case ExportFormat::Csv: return exportCsv(corpus);
    }
    return {};
}

}  // namespace ta::corpus
