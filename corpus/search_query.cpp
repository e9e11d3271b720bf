#include "search_query.hpp"

#include "arabic_normalize.hpp"
#include "utf8.hpp"

#include <algorithm>

namespace ta::corpus {

namespace {

// Attached clitics: "الداريا" is not a word, but "داريا" must find "لداريا" and "وداريا"; likewise
// "مصالحة" must find "المصالحة". FTS5 cannot match inside a token, so the query spells them out.
constexpr std::string_view kArabicPrefixes[] = {"\u0627\u0644", "\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0644\u0644",
                                                "\u0648", "\u0628", "\u0644", "\u0641"};

bool startsArabic(std::string_view word) {
    size_t pos = 0;
    const char32_t cp = decodeUtf8(word, pos);
    return cp >= 0x0600 && cp <= 0x06FF;
}

std::string quoted(std::string_view word, bool prefix) {
    std::string out = "\"";
    for (char c : word) {
        if (c == '"') out += '"';  // FTS5 escapes a quote by doubling it (the tokenizer drops them anyway)
        out += c;
    }
    out += '"';
    if (prefix) out += '*';
    return out;
}

bool wordMatches(const std::string& folded, const std::string& word, bool prefix) {
    const auto same = [&](std::string_view candidate) {
        return prefix ? candidate.substr(0, word.size()) == word : candidate == word;
    };
    if (same(folded)) return true;
    if (!startsArabic(word)) return false;
    for (std::string_view p : kArabicPrefixes)
        if (folded.size() > p.size() && std::string_view(folded).substr(0, p.size()) == p && same(std::string_view(folded).substr(p.size())))
            return true;
    return false;
}

}  // namespace

QueryWords parseQueryWords(std::string_view userText) {
    QueryWords query;
    const std::vector<WordSpan> spans = wordSpans(userText);
    size_t lastUsed = spans.size();
    for (size_t i = 0; i < spans.size(); ++i) {
        const WordSpan& span = spans[i];
        std::string word = foldForSearch(userText.substr(span.begin, span.end - span.begin));
        if (word.empty()) continue;
        if (word.size() > kMaxQueryWordBytes) {
            size_t cut = kMaxQueryWordBytes;
            while (cut > 0 && (static_cast<unsigned char>(word[cut]) & 0xC0) == 0x80) --cut;  // keep whole characters
            word.resize(cut);
        }
        query.words.push_back(std::move(word));
        lastUsed = i;
        if (query.words.size() == kMaxQueryWords) break;
    }
    // Still typing: the last word runs to the end of the text (no space or punctuation after it).
    query.lastIsPrefix = lastUsed + 1 == spans.size() && spans.back().end == userText.size();
    return query;
}

std::string ftsQuery(const QueryWords& query) {
    std::string out;
    for (size_t i = 0; i < query.words.size(); ++i) {
        const std::string& word = query.words[i];
        const bool prefix = query.lastIsPrefix && i + 1 == query.words.size();
        if (!out.empty()) out += " AND ";
        if (!startsArabic(word)) {
            out += quoted(word, prefix);
            continue;
        }
        out += '(';
        out += quoted(word, prefix);
        for (std::string_view p : kArabicPrefixes) {
            out += " OR ";
            out += quoted(std::string(p) + word, prefix);
        }
        out += ')';
    }
    return out;
}

std::string ftsQuery(std::string_view userText) { return ftsQuery(parseQueryWords(userText)); }

std::string markSnippet(std::string_view original, const QueryWords& query, size_t maxWords) {
    const std::vector<WordSpan> spans = wordSpans(original);
    std::vector<bool> matched(spans.size(), false);
    size_t first = spans.size();
    for (size_t i = 0; i < spans.size(); ++i) {
        const std::string folded = foldForSearch(original.substr(spans[i].begin, spans[i].end - spans[i].begin));
        for (size_t q = 0; q < query.words.size(); ++q)
            if (wordMatches(folded, query.words[q], query.lastIsPrefix && q + 1 == query.words.size())) matched[i] = true;
        if (matched[i] && first == spans.size()) first = i;
    }
    if (spans.empty()) return std::string(original);
    if (first == spans.size()) first = 0;
    // A window of maxWords words, starting a few words before the first match.
    const size_t lead = std::min<size_t>(first, maxWords / 4);
    const size_t begin = first - lead;
    const size_t end = std::min(spans.size(), begin + maxWords);
    std::string out = begin > 0 ? "… " : "";
    size_t cursor = spans[begin].begin;
    for (size_t i = begin; i < end; ++i) {
        out += original.substr(cursor, spans[i].begin - cursor);
        const std::string_view word = original.substr(spans[i].begin, spans[i].end - spans[i].begin);
        if (matched[i]) out += '[';
        out += word;
        if (matched[i]) out += ']';
        cursor = spans[i].end;
    }
    if (end < spans.size()) out += " …";
    else out += original.substr(cursor);
    return out;
}

}  // namespace ta::corpus
