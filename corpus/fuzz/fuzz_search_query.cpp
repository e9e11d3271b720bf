// libFuzzer target: the search-query normaliser. Whatever the user types, the FTS5 expression it
// becomes must compile (no syntax error, no injection) and the snippet code must not crash.

#include "arabic_normalize.hpp"
#include "search_query.hpp"

#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

sqlite3* database() {
    static sqlite3* db = [] {
        sqlite3* h = nullptr;
        sqlite3_open(":memory:", &h);
        sqlite3_exec(h, "CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');"
                        "INSERT INTO t VALUES('اتفاق داريا Daraya agreement');", nullptr, nullptr, nullptr);
        return h;
    }();
    return db;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace ta::corpus;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)normalizeArabic(text);
    (void)foldedWords(text);
    const QueryWords words = parseQueryWords(text);
    (void)markSnippet(text, words);
    const std::string match = ftsQuery(words);
    if (match.empty()) return 0;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(database(), "SELECT count(*) FROM t WHERE t MATCH ?", -1, &st, nullptr) != SQLITE_OK) std::abort();
    sqlite3_bind_text(st, 1, match.data(), static_cast<int>(match.size()), SQLITE_TRANSIENT);
    const int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW) std::abort();  // the escaped query failed to parse: an escaping bug
    return 0;
}
