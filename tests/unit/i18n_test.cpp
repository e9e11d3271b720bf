// The interface's string table: every key the program uses exists in English and Arabic, the
// Arabic entries are Arabic, and the table is sorted for its binary search.

#include "arabic_text.hpp"
#include "i18n.hpp"
#include "model.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

using namespace ta;
namespace fs = std::filesystem;

namespace {

// Keys passed as literals to tr(lang, "key"), T(app, "key"), L(app, "key"), and the literal keys
// of tables (pane ids, shortcut keys) in app/.
std::set<std::string> keysUsedInSources() {
    std::set<std::string> keys;
    // Whole keys only: a literal ending in '.' is a prefix completed at run time (checked below).
    const std::regex call(R"(\b(?:tr|T|L)\(\s*[A-Za-z_.]+\s*,\s*"([a-z0-9_]+(?:\.[a-z0-9_]+)+)\")");
    const std::regex table(R"re("((?:pane|help|menu|month)\.[a-z0-9_]+)")re");
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(TA_SOURCE_DIR) / "app")) {
        if (entry.path().extension() != ".cpp") continue;
        std::ifstream in(entry.path());
        std::stringstream ss;
        ss << in.rdbuf();
        const std::string text = ss.str();
        for (const std::regex* re : {&call, &table})
            for (std::sregex_iterator it(text.begin(), text.end(), *re), end; it != end; ++it) {
                const std::string key = (*it)[1];
                if (!key.ends_with(".hpp") && !key.ends_with(".cpp")) keys.insert(key);  // #include "pane.hpp"
            }
    }
    return keys;
}

}  // namespace

TEST(I18n, EveryKeyUsedHasBothLanguages) {
    const std::set<std::string> used = keysUsedInSources();
    EXPECT_GT(used.size(), 80u) << "the scan found too few keys: has the calling convention changed?";
    for (const std::string& key : used) EXPECT_TRUE(hasTranslation(key)) << "missing in app/i18n.cpp: " << key;
    // Keys built at run time from the corpus's fixed vocabularies.
    for (std::string_view o : corpus::kOutcomes) EXPECT_TRUE(hasTranslation("outcome." + std::string(o))) << o;
    for (std::string_view w : corpus::kFlowWho) EXPECT_TRUE(hasTranslation("who." + std::string(w))) << w;
    for (const char* p : {"precision.day", "precision.month", "precision.year", "qualifier.early", "qualifier.mid", "qualifier.late", "qualifier.end"})
        EXPECT_TRUE(hasTranslation(p)) << p;
    for (int m = 1; m <= 12; ++m) EXPECT_TRUE(hasTranslation("month." + std::to_string(m)));
}

TEST(I18n, TableIsSortedAndComplete) {
    const auto keys = translationKeys();
    for (size_t i = 1; i < keys.size(); ++i) EXPECT_LT(keys[i - 1], keys[i]) << "app/i18n.cpp must stay sorted by key";
    // Entries that are only key names (F1, Esc) may repeat the English; every other one is Arabic.
    const std::set<std::string_view> sameInBoth = {"help.k_ctrl_l", "help.k_esc", "help.k_f1"};
    for (std::string_view k : keys) {
        EXPECT_FALSE(translationFor(k, Lang::En).empty()) << k;
        EXPECT_FALSE(translationFor(k, Lang::Ar).empty()) << k;
        if (!sameInBoth.count(k)) EXPECT_TRUE(containsArabic(translationFor(k, Lang::Ar))) << k;
    }
}

TEST(I18n, LookupAndLanguageIds) {
    EXPECT_EQ(tr(Lang::En, "pane.timeline"), "Timeline");
    EXPECT_EQ(tr(Lang::Ar, "pane.timeline"), "الخط الزمني");
    EXPECT_EQ(tr(Lang::Ar, "no.such.key"), "no.such.key");  // visible on screen rather than blank
    Lang l = Lang::En;
    EXPECT_TRUE(parseLang("ar", l));
    EXPECT_EQ(l, Lang::Ar);
    EXPECT_FALSE(parseLang("fr", l));
    EXPECT_EQ(l, Lang::Ar);
    EXPECT_EQ(langId(Lang::En), "en");
}
