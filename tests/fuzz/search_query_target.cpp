// Fuzz target: what a user types into the search box. The text goes through the Arabic folding and
// the query builder (pure), then as a real FTS5 query against a database built once from the small
// test corpus: no input may make SQLite fail (a stray quote, `NEAR(`, `*`, column filters...), and
// the query handed to FTS5 must consist of quoted strings joined by AND/OR only, so no syntax of the
// user's can reach it.

#include "arabic_normalize.hpp"
#include "corpus_test_support.hpp"
#include "fuzz_targets.hpp"
#include "model.hpp"
#include "search_query.hpp"
#include "source_loader.hpp"
#include "store.hpp"
#include "utf8.hpp"
#include "validator.hpp"

#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

namespace ta::fuzz {

namespace {

// `"..."` with inner quotes doubled, optionally followed by `*`; returns the position after it.
bool readQuoted(std::string_view q, size_t& pos) {
    if (pos >= q.size() || q[pos] != '"') return false;
    ++pos;
    for (;;) {
        if (pos >= q.size()) return false;
        if (q[pos] == '"') {
            if (pos + 1 < q.size() && q[pos + 1] == '"') {
                pos += 2;
                continue;
            }
            ++pos;
            break;
        }
        ++pos;
    }
    if (pos < q.size() && q[pos] == '*') ++pos;
    return true;
}

bool readLiteral(std::string_view q, size_t& pos, std::string_view lit) {
    if (q.substr(pos, lit.size()) != lit) return false;
    pos += lit.size();
    return true;
}

// group := quoted | "(" quoted (" OR " quoted)* ")"; query := "" | group (" AND " group)*
bool isSafeFtsQuery(std::string_view q) {
    size_t pos = 0;
    while (pos < q.size()) {
        if (pos > 0 && !readLiteral(q, pos, " AND ")) return false;
        if (readLiteral(q, pos, "(")) {
            if (!readQuoted(q, pos)) return false;
            while (readLiteral(q, pos, " OR "))
                if (!readQuoted(q, pos)) return false;
            if (!readLiteral(q, pos, ")")) return false;
        } else if (!readQuoted(q, pos)) {
            return false;
        }
    }
    return true;
}

// A database of the test corpus, built once per process. The file is unlinked as soon as it is
// open (SQLite keeps its descriptor), so nothing is left behind even when the fuzzer crashes.
corpus::CorpusDatabase& database() {
    static std::unique_ptr<corpus::CorpusDatabase> db = [] {
        corpus::CorpusData data;
        corpus::Diagnostics diags;
        corpus::SourceLines lines;
        corpus::ReadContext ctx{diags, lines};
        corpus::loadSourceText(corpus::test::kBaseToml, "base.toml", data, ctx);
        corpus::loadSourceText(corpus::test::caseToml(1, "case-one") +
                                   corpus::test::eventToml("case-one-2016-truce", "2016-08-26", "truce", "[\"town-a\"]"),
                               "case.toml", data, ctx);
        corpus::validateCorpus(data, lines, diags);
        require(diags.empty(), "the search fuzzer's corpus is invalid: " + diags.formatAll());
        const std::filesystem::path path =
            std::filesystem::temp_directory_path() / ("ta-fuzz-search-" + std::to_string(::getpid()) + ".sqlite");
        corpus::buildDatabase(corpus::Corpus(std::move(data)), path);
        auto opened = std::make_unique<corpus::CorpusDatabase>(path);
        std::filesystem::remove(path);
        return opened;
    }();
    return *db;
}

}  // namespace

int searchQuery(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    const std::string normalized = corpus::normalizeArabic(text);
    require(!corpus::findInvalidUtf8(normalized), "normalizeArabic produced invalid UTF-8");
    require(corpus::normalizeArabic(normalized) == normalized, "normalizeArabic is not idempotent");
    const std::string folded = corpus::foldForSearch(text);
    require(corpus::foldForSearch(folded) == folded, "foldForSearch is not idempotent");
    for (const corpus::WordSpan& span : corpus::wordSpans(text))
        require(span.begin < span.end && span.end <= text.size(), "word span outside the text");

    const corpus::QueryWords query = corpus::parseQueryWords(text);
    require(query.words.size() <= corpus::kMaxQueryWords, "too many query words");
    for (const std::string& word : query.words) {
        require(!word.empty() && word.size() <= corpus::kMaxQueryWordBytes, "query word empty or too long");
        require(!corpus::findInvalidUtf8(word), "query word is not valid UTF-8 (cut inside a character?)");
    }
    const std::string fts = corpus::ftsQuery(query);
    require(isSafeFtsQuery(fts), "FTS5 query is not quoted strings joined by AND/OR: " + fts);
    require(fts.empty() == query.words.empty(), "empty query for non-empty words, or the reverse");
    (void)corpus::markSnippet(text, query);

    // The real thing: never an SQLite error, whatever was typed.
    try {
        const auto hits = database().search(text, 5);
        require(hits.size() <= 5, "search returned more hits than the limit");
    } catch (const std::exception& e) {
        require(false, std::string("search threw: ") + e.what());
    }
    return 0;
}

}  // namespace ta::fuzz
