#pragma once
// Turning what a user types into a safe FTS5 query, and marking the matched words in a result.
// Pure functions: the user's text never reaches SQL except as one bound, fully quoted parameter.

#include <string>
#include <string_view>
#include <vector>

namespace ta::corpus {

struct QueryWords {
    std::vector<std::string> words;  // folded (foldForSearch), at most kMaxQueryWords
    bool lastIsPrefix = false;       // the user is still typing the last word
};

inline constexpr size_t kMaxQueryWords = 16;
inline constexpr size_t kMaxQueryWordBytes = 64;

/// Splits and folds the user's text. Punctuation, quotes and FTS5 operators are separators.
QueryWords parseQueryWords(std::string_view userText);

/// An FTS5 MATCH expression: every word as a quoted string (AND between words), the last one with
/// `*` when it is a prefix; an Arabic word also matches behind the article and the one-letter
/// conjunctions and prepositions (ال، و، ب، ل). Empty when there is nothing to search for.
std::string ftsQuery(const QueryWords& query);
std::string ftsQuery(std::string_view userText);

/// `original` with the words that match `query` in [brackets], cut to about `maxWords` words
/// around the first match.
std::string markSnippet(std::string_view original, const QueryWords& query, size_t maxWords = 16);

}  // namespace ta::corpus
