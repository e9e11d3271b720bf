#pragma once
// The interface's words in English and Arabic, keyed by stable ids ("menu.view", "details.date").
// The corpus carries its own `_en`/`_ar` text; this table holds only what the program itself says.
//
// To add a string: one line in the table in i18n.cpp, { "pane.thing", "English", "العربية" }. The
// test i18n_test checks that every key used in app/ exists in both languages.

#include <string>
#include <string_view>
#include <vector>

namespace ta {

enum class Lang { En, Ar };

/// "en" / "ar".
std::string_view langId(Lang lang);
/// "en" or "ar" into `out`; false (and `out` unchanged) for anything else.
bool parseLang(std::string_view id, Lang& out);

/// The logical-order text for `key` (Arabic not yet shaped); the key itself when it is unknown, so
/// a missing string shows up on screen instead of an empty label.
std::string tr(Lang lang, std::string_view key);

/// True when the table holds `key` (tests).
bool hasTranslation(std::string_view key);
/// Every key, in table order, and one entry's text (tests).
std::vector<std::string_view> translationKeys();
std::string_view translationFor(std::string_view key, Lang lang);

/// Picks the corpus field for the language: the Arabic text when asked for and present, else the English.
inline const std::string& pick(Lang lang, const std::string& en, const std::string& ar) {
    return lang == Lang::Ar && !ar.empty() ? ar : en;
}

}  // namespace ta
