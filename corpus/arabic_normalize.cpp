#include "arabic_normalize.hpp"

#include "utf8.hpp"

namespace ta::corpus {

namespace {

bool isStrippedMark(char32_t cp) {
    return (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640;
}

char32_t unifyLetter(char32_t cp) {
    switch (cp) {
        case 0x0623:  // alef with hamza above
        case 0x0625:  // alef with hamza below
        case 0x0622:  // alef with madda
            return 0x0627;
        case 0x0649: return 0x064A;  // alef maqsura -> yeh
        case 0x0629: return 0x0647;  // teh marbuta -> heh
        default: return cp;
    }
}

char32_t lowerLatin(char32_t cp) {
    if (cp >= 'A' && cp <= 'Z') return cp + 32;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;  // Latin-1 capitals
    return cp;
}

template <class Map>
std::string transform(std::string_view text, Map map) {
    std::string out;
    out.reserve(text.size());
    size_t pos = 0;
    while (pos < text.size()) {
        const char32_t cp = decodeUtf8(text, pos);
        if (isStrippedMark(cp)) continue;
        appendUtf8(out, map(unifyLetter(cp)));
    }
    return out;
}

}  // namespace

std::string normalizeArabic(std::string_view utf8) {
    return transform(utf8, [](char32_t cp) { return cp; });
}

std::string foldForSearch(std::string_view utf8) {
    return transform(utf8, lowerLatin);
}

bool isWordChar(char32_t cp) {
    if (cp < 0x80) return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    if (cp <= 0xBF) return cp == 0xAA || cp == 0xB5 || cp == 0xBA || cp == 0xB2 || cp == 0xB3 || cp == 0xB9;
    if (cp == 0xD7 || cp == 0xF7) return false;
    // Arabic block: everything is a letter, digit or mark except these punctuation and signs.
    if (cp >= 0x0600 && cp <= 0x06FF) {
        if (cp <= 0x060F || cp == 0x061B || cp == 0x061C || cp == 0x061E || cp == 0x061F) return false;
        if (cp >= 0x066A && cp <= 0x066D) return false;
        if (cp == 0x06D4 || cp == 0x06DD || cp == 0x06DE || cp == 0x06E9) return false;
        return true;
    }
    if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // general punctuation, symbols, arrows
    if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK punctuation
    if (cp == 0xFD3E || cp == 0xFD3F || cp == 0xFEFF || cp == 0xFFFD) return false;
    if (cp >= 0xFE10 && cp <= 0xFE6F) return false;  // presentation punctuation forms
    if (cp >= 0xFF00 && cp <= 0xFF0F) return false;
    return true;
}

std::vector<WordSpan> wordSpans(std::string_view utf8) {
    std::vector<WordSpan> spans;
    size_t pos = 0;
    bool inWord = false;
    size_t start = 0;
    while (pos < utf8.size()) {
        const size_t at = pos;
        const char32_t cp = decodeUtf8(utf8, pos);
        const bool word = isWordChar(cp);
        if (word && !inWord) start = at;
        if (!word && inWord) spans.push_back({start, at});
        inWord = word;
    }
    if (inWord) spans.push_back({start, utf8.size()});
    return spans;
}

std::vector<std::string> foldedWords(std::string_view utf8) {
    std::vector<std::string> words;
    for (const WordSpan& span : wordSpans(utf8)) {
        std::string folded = foldForSearch(utf8.substr(span.begin, span.end - span.begin));
        if (!folded.empty()) words.push_back(std::move(folded));  // a lone tatweel folds to nothing
    }
    return words;
}

}  // namespace ta::corpus
