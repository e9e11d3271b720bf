#pragma once
// The compiled corpus: a versioned SQLite database with foreign keys and a full-text index.
// buildDatabase writes it atomically; CorpusDatabase reads it back and searches it.

#include "model.hpp"
#include "sqlite_handles.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace ta::corpus {

/// Writes `corpus` to `path`: built in a temporary file beside it, then renamed over it, so a
/// failed or interrupted build leaves the previous database intact. Throws ta::Error naming `path`.
void buildDatabase(const Corpus& corpus, const std::filesystem::path& path);

/// One search result. `kind` is "place", "actor", "case", "zone", "event" or "clause"; `id` the
/// entry's id (for a case its slug; for a clause the event's id, with `clause` its number).
struct SearchHit {
    std::string kind;
    std::string id;
    int clause = 0;
    std::string field;    // which text matched: "name_en", "title_ar", "alias", "en", ...
    std::string snippet;  // the original text around the match, matched words in [brackets]
    double score = 0;     // FTS5 bm25: lower is better
};

/// An open corpus database (read-only).
class CorpusDatabase {
public:
    /// Throws ta::Error naming `path` when it is missing, not a corpus database, or of another
    /// schema version than this program's ("rebuild it with truce-atlas corpus build").
    explicit CorpusDatabase(const std::filesystem::path& path);

    Corpus load();
    /// Ranked hits for what the user typed: every word must occur in one indexed text (a name, title,
    /// summary or clause), at most one hit per entry;
    /// the last word matches as a prefix; Arabic is matched without harakat and with alef forms
    /// unified; quotes, `NEAR(`, `*`, `-` and other FTS5 syntax are taken as plain text.
    std::vector<SearchHit> search(std::string_view userText, int limit = 50);

private:
    Connection m_db;
};

/// Same as CorpusDatabase(path).load().
Corpus loadDatabase(const std::filesystem::path& path);

}  // namespace ta::corpus
