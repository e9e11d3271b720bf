#pragma once
// Arabic text folding for search and comparison. SQLite's unicode61 tokenizer treats harakat as
// separators and does not unify alef forms, so the app folds text itself, the same way on insert
// and on query. Pure functions on UTF-8 buffers (invalid bytes become U+FFFD; never throws).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ta::corpus {

/// Strips harakat (U+064B..U+065F), the superscript alef U+0670 and tatweel U+0640; unifies
/// أ إ آ → ا, ى → ي, ة → ه. Everything else passes through unchanged.
std::string normalizeArabic(std::string_view utf8);

/// normalizeArabic plus lower-casing of Latin letters: the key used to compare words.
std::string foldForSearch(std::string_view utf8);

/// True for code points that belong inside a word: letters and digits of any script, and the Arabic
/// marks and tatweel (so that a word with harakat stays one word). Punctuation, symbols, spaces and
/// the underscore separate words, as in SQLite's unicode61 tokenizer.
bool isWordChar(char32_t cp);

struct WordSpan {
    size_t begin = 0;  // byte offsets into the text
    size_t end = 0;
};

/// The words of `utf8`, as byte ranges into it.
std::vector<WordSpan> wordSpans(std::string_view utf8);

/// The words of `utf8`, each folded with foldForSearch.
std::vector<std::string> foldedWords(std::string_view utf8);

}  // namespace ta::corpus
