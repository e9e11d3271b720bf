#include "store_schema.hpp"

#include "arabic_normalize.hpp"

#include <string>

namespace ta::corpus {

namespace {

// Every table keeps `ord` (the position in the Corpus vectors) so that a database reads back into
// exactly the corpus that was written, and src_file/src_line so messages can still point at sources.
constexpr const char* kSchema = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE categories(id TEXT PRIMARY KEY, ord INTEGER NOT NULL, en TEXT NOT NULL, ar TEXT NOT NULL,
  description TEXT NOT NULL, src_file TEXT NOT NULL, src_line INTEGER NOT NULL);
CREATE TABLE event_kinds(id TEXT PRIMARY KEY, ord INTEGER NOT NULL, en TEXT NOT NULL, ar TEXT NOT NULL,
  description TEXT NOT NULL, src_file TEXT NOT NULL, src_line INTEGER NOT NULL);
CREATE TABLE statuses(id TEXT PRIMARY KEY, ord INTEGER NOT NULL, en TEXT NOT NULL, ar TEXT NOT NULL,
  description TEXT NOT NULL, src_file TEXT NOT NULL, src_line INTEGER NOT NULL);
CREATE TABLE number_kinds(id TEXT PRIMARY KEY, ord INTEGER NOT NULL, en TEXT NOT NULL, ar TEXT NOT NULL,
  description TEXT NOT NULL, src_file TEXT NOT NULL, src_line INTEGER NOT NULL);

CREATE TABLE governorates(id TEXT PRIMARY KEY, ord INTEGER NOT NULL, name_en TEXT NOT NULL, name_ar TEXT NOT NULL,
  src_file TEXT NOT NULL, src_line INTEGER NOT NULL);

CREATE TABLE places(id TEXT PRIMARY KEY, ord INTEGER NOT NULL, name_en TEXT NOT NULL, name_ar TEXT NOT NULL,
  kind TEXT NOT NULL, governorate TEXT NOT NULL REFERENCES governorates(id), lat REAL NOT NULL, lon REAL NOT NULL,
  position TEXT NOT NULL, position_note TEXT NOT NULL, src_file TEXT NOT NULL, src_line INTEGER NOT NULL);
CREATE TABLE place_aliases(place TEXT NOT NULL REFERENCES places(id), ord INTEGER NOT NULL, alias TEXT NOT NULL,
  PRIMARY KEY(place, ord));

CREATE TABLE actors(id TEXT PRIMARY KEY, ord INTEGER NOT NULL, kind TEXT NOT NULL, name_en TEXT NOT NULL,
  name_ar TEXT NOT NULL, src_file TEXT NOT NULL, src_line INTEGER NOT NULL);

CREATE TABLE cases(n INTEGER PRIMARY KEY CHECK(n BETWEEN 1 AND 20), id TEXT NOT NULL UNIQUE, ord INTEGER NOT NULL,
  name_en TEXT NOT NULL, name_ar TEXT NOT NULL, governorate TEXT NOT NULL REFERENCES governorates(id),
  summary_en TEXT NOT NULL, summary_ar TEXT NOT NULL,
  section TEXT NOT NULL, paragraph INTEGER NOT NULL, line_first INTEGER NOT NULL, line_last INTEGER NOT NULL,
  src_file TEXT NOT NULL, src_line INTEGER NOT NULL);
CREATE TABLE case_places(case_n INTEGER NOT NULL REFERENCES cases(n), ord INTEGER NOT NULL,
  place TEXT NOT NULL REFERENCES places(id), PRIMARY KEY(case_n, ord));

CREATE TABLE models(n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, ord INTEGER NOT NULL,
  name_en TEXT NOT NULL, name_ar TEXT NOT NULL, summary_en TEXT NOT NULL, summary_ar TEXT NOT NULL,
  section TEXT NOT NULL, paragraph INTEGER NOT NULL, line_first INTEGER NOT NULL, line_last INTEGER NOT NULL,
  src_file TEXT NOT NULL, src_line INTEGER NOT NULL);
CREATE TABLE model_cases(model_n INTEGER NOT NULL REFERENCES models(n), ord INTEGER NOT NULL,
  case_n INTEGER NOT NULL REFERENCES cases(n), PRIMARY KEY(model_n, ord));

CREATE TABLE events(id TEXT PRIMARY KEY, ord INTEGER NOT NULL, case_n INTEGER REFERENCES cases(n),
  date TEXT NOT NULL, date_qualifier TEXT NOT NULL, day INTEGER NOT NULL,
  date_end TEXT, date_end_day INTEGER, date_note_en TEXT NOT NULL, date_note_ar TEXT NOT NULL,
  kind TEXT NOT NULL REFERENCES event_kinds(id), phase TEXT NOT NULL, phase_ar TEXT NOT NULL, model_n INTEGER REFERENCES models(n),
  title_en TEXT NOT NULL, title_ar TEXT NOT NULL, summary_en TEXT NOT NULL, summary_ar TEXT NOT NULL,
  venue_en TEXT NOT NULL, venue_ar TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK(outcome IN ('implemented','partly','violated','collapsed','refused','unknown')),
  outcome_note_en TEXT NOT NULL, outcome_note_ar TEXT NOT NULL, clause_count_stated INTEGER,
  status TEXT REFERENCES statuses(id),
  section TEXT NOT NULL, paragraph INTEGER NOT NULL, line_first INTEGER NOT NULL, line_last INTEGER NOT NULL,
  src_file TEXT NOT NULL, src_line INTEGER NOT NULL);
CREATE INDEX events_by_day ON events(day);
CREATE INDEX events_by_case ON events(case_n);

CREATE TABLE event_places(event TEXT NOT NULL REFERENCES events(id), ord INTEGER NOT NULL,
  place TEXT NOT NULL REFERENCES places(id), PRIMARY KEY(event, ord));
CREATE INDEX event_places_by_place ON event_places(place);
CREATE TABLE event_parties(event TEXT NOT NULL REFERENCES events(id), ord INTEGER NOT NULL,
  actor TEXT NOT NULL REFERENCES actors(id), PRIMARY KEY(event, ord));
CREATE TABLE event_mediators(event TEXT NOT NULL REFERENCES events(id), ord INTEGER NOT NULL,
  actor TEXT NOT NULL REFERENCES actors(id), PRIMARY KEY(event, ord));
CREATE TABLE event_guarantors(event TEXT NOT NULL REFERENCES events(id), ord INTEGER NOT NULL,
  actor TEXT NOT NULL REFERENCES actors(id), PRIMARY KEY(event, ord));
CREATE INDEX event_guarantors_by_actor ON event_guarantors(actor);

CREATE TABLE readings(event TEXT NOT NULL REFERENCES events(id), ord INTEGER NOT NULL, date TEXT NOT NULL,
  chosen INTEGER NOT NULL, reason_en TEXT NOT NULL, reason_ar TEXT NOT NULL,
  src_file TEXT NOT NULL, src_line INTEGER NOT NULL, PRIMARY KEY(event, ord));

CREATE TABLE numbers(event TEXT NOT NULL REFERENCES events(id), ord INTEGER NOT NULL,
  what TEXT NOT NULL REFERENCES number_kinds(id), value REAL NOT NULL, max REAL, approx INTEGER NOT NULL,
  note_en TEXT NOT NULL, note_ar TEXT NOT NULL, src_file TEXT NOT NULL, src_line INTEGER NOT NULL,
  PRIMARY KEY(event, ord));

CREATE TABLE flows(event TEXT NOT NULL REFERENCES events(id), ord INTEGER NOT NULL,
  from_place TEXT NOT NULL REFERENCES places(id), to_place TEXT NOT NULL REFERENCES places(id),
  who TEXT NOT NULL, count INTEGER, date TEXT, day INTEGER NOT NULL, note_en TEXT NOT NULL, note_ar TEXT NOT NULL,
  src_file TEXT NOT NULL, src_line INTEGER NOT NULL, PRIMARY KEY(event, ord));

CREATE TABLE clauses(event TEXT NOT NULL REFERENCES events(id), n INTEGER NOT NULL, en TEXT NOT NULL,
  ar TEXT NOT NULL, src_file TEXT NOT NULL, src_line INTEGER NOT NULL, PRIMARY KEY(event, n));
CREATE TABLE clause_categories(event TEXT NOT NULL, n INTEGER NOT NULL, ord INTEGER NOT NULL,
  category TEXT NOT NULL REFERENCES categories(id), PRIMARY KEY(event, n, ord),
  FOREIGN KEY(event, n) REFERENCES clauses(event, n));
CREATE INDEX clause_categories_by_category ON clause_categories(category);

CREATE TABLE zones(id TEXT PRIMARY KEY, ord INTEGER NOT NULL, kind TEXT NOT NULL, name_en TEXT NOT NULL,
  name_ar TEXT NOT NULL, date TEXT NOT NULL, date_qualifier TEXT NOT NULL, day INTEGER NOT NULL,
  date_end TEXT, date_end_day INTEGER, buffer_km REAL NOT NULL,
  summary_en TEXT NOT NULL, summary_ar TEXT NOT NULL,
  section TEXT NOT NULL, paragraph INTEGER NOT NULL, line_first INTEGER NOT NULL, line_last INTEGER NOT NULL,
  src_file TEXT NOT NULL, src_line INTEGER NOT NULL);
CREATE TABLE zone_places(zone TEXT NOT NULL REFERENCES zones(id), ord INTEGER NOT NULL,
  place TEXT NOT NULL REFERENCES places(id), PRIMARY KEY(zone, ord));
CREATE TABLE zone_guarantors(zone TEXT NOT NULL REFERENCES zones(id), ord INTEGER NOT NULL,
  actor TEXT NOT NULL REFERENCES actors(id), PRIMARY KEY(zone, ord));
CREATE TABLE zone_factions(zone TEXT NOT NULL REFERENCES zones(id), ord INTEGER NOT NULL,
  actor TEXT NOT NULL REFERENCES actors(id), PRIMARY KEY(zone, ord));

CREATE TABLE priorities(n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, ord INTEGER NOT NULL,
  name_en TEXT NOT NULL, name_ar TEXT NOT NULL, summary_en TEXT NOT NULL, summary_ar TEXT NOT NULL,
  section TEXT NOT NULL, paragraph INTEGER NOT NULL, line_first INTEGER NOT NULL, line_last INTEGER NOT NULL,
  src_file TEXT NOT NULL, src_line INTEGER NOT NULL);
CREATE TABLE priority_events(priority_n INTEGER NOT NULL REFERENCES priorities(n), ord INTEGER NOT NULL,
  event TEXT NOT NULL REFERENCES events(id), PRIMARY KEY(priority_n, ord));
CREATE TABLE priority_cases(priority_n INTEGER NOT NULL REFERENCES priorities(n), ord INTEGER NOT NULL,
  case_n INTEGER NOT NULL REFERENCES cases(n), PRIMARY KEY(priority_n, ord));

-- Full-text search over names, titles, summaries and clauses. `body` holds ar_norm(original):
-- unicode61 would otherwise split words at harakat and never unify alef forms.
CREATE VIRTUAL TABLE search USING fts5(kind UNINDEXED, ref UNINDEXED, clause UNINDEXED, field UNINDEXED,
  original UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2');
)sql";

void arNorm(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const int bytes = sqlite3_value_bytes(argv[0]);
    const std::string folded = normalizeArabic(std::string_view(text ? text : "", static_cast<size_t>(bytes)));
    sqlite3_result_text(ctx, folded.data(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
}

}  // namespace

void createSchema(Connection& db) {
    db.exec(kSchema);
    db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
}

void registerSqlFunctions(Connection& db) {
    const int rc = sqlite3_create_function_v2(db.get(), "ar_norm", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                              nullptr, arNorm, nullptr, nullptr, nullptr);
    db.check(rc, "cannot register ar_norm()");
}

}  // namespace ta::corpus
