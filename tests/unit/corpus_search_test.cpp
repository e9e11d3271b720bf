#include "arabic_normalize.hpp"
#include "corpus_test_support.hpp"
#include "load_corpus.hpp"
#include "search_query.hpp"
#include "store.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ta;
using namespace ta::corpus;
using namespace ta::corpus::test;

TEST(SearchQuery, QuotesEveryWordAndPrefixesTheLastWhileTyping) {
    EXPECT_EQ(ftsQuery("Daraya truc"), "\"daraya\" AND \"truc\"*");
    EXPECT_EQ(ftsQuery("Daraya truce "), "\"daraya\" AND \"truce\"");
    EXPECT_EQ(ftsQuery(""), "");
    EXPECT_EQ(ftsQuery("   \"  "), "");
}

TEST(SearchQuery, Fts5SyntaxIsTakenAsPlainWords) {
    EXPECT_EQ(ftsQuery("NEAR(a b)"), "\"near\" AND \"a\" AND \"b\"");
    EXPECT_EQ(ftsQuery("\"unbalanced"), "\"unbalanced\"*");
    EXPECT_EQ(ftsQuery("a* -b OR c:d ^e"), "\"a\" AND \"b\" AND \"or\" AND \"c\" AND \"d\" AND \"e\"*");
    EXPECT_EQ(ftsQuery("*"), "");
    EXPECT_EQ(ftsQuery("-"), "");
}

TEST(SearchQuery, ArabicIsNormalisedAndMatchedBehindTheArticle) {
    const std::string q = ftsQuery("دَارَيّا ");
    EXPECT_EQ(q.substr(0, 13), "(\"داريا\"");
    EXPECT_NE(q.find("\"الداريا\""), std::string::npos);
    EXPECT_NE(q.find("\"لداريا\""), std::string::npos);
    EXPECT_EQ(q.back(), ')');
    EXPECT_EQ(ftsQuery("إدلب"), ftsQuery("ادلب"));
}

TEST(SearchQuery, LongInputIsBounded) {
    std::string text;
    for (int i = 0; i < 100; ++i) text += "word" + std::to_string(i) + " ";
    text += std::string(1000, 'x');
    const QueryWords q = parseQueryWords(text);
    EXPECT_EQ(q.words.size(), kMaxQueryWords);
    EXPECT_FALSE(q.lastIsPrefix);
    for (const std::string& w : q.words) EXPECT_LE(w.size(), kMaxQueryWordBytes);
}

TEST(SearchQuery, SnippetMarksTheMatchedWords) {
    const QueryWords q = parseQueryWords("daraya");
    EXPECT_EQ(markSnippet("The Daraya agreement, 2016.", q), "The [Daraya] agreement, 2016.");
    EXPECT_EQ(markSnippet("اتفاق داريا", parseQueryWords("داريا")), "اتفاق [داريا]");
    EXPECT_EQ(markSnippet("أهالي لداريا", parseQueryWords("داريا")), "أهالي [لداريا]");
    const std::string long_ = "one two three four five six seven eight nine ten eleven twelve thirteen daraya fifteen sixteen "
                              "seventeen eighteen nineteen twenty twentyone";
    const std::string snip = markSnippet(long_, q, 8);
    EXPECT_NE(snip.find("[daraya]"), std::string::npos);
    EXPECT_EQ(snip.rfind("… ", 0), 0u);
}

class SearchRealData : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = new TempDir();
        LoadResult result = loadCorpus(realDataDir());
        ASSERT_TRUE(result.corpus) << result.diagnostics.formatAll();
        buildDatabase(*result.corpus, s_dir->path() / "corpus.sqlite");
        s_db = new CorpusDatabase(s_dir->path() / "corpus.sqlite");
    }
    static void TearDownTestSuite() {
        delete s_db;
        delete s_dir;
    }
    static bool has(const std::vector<SearchHit>& hits, const std::string& kind, const std::string& id) {
        return std::any_of(hits.begin(), hits.end(), [&](const SearchHit& h) { return h.kind == kind && h.id == id; });
    }
    static bool hasEventOfDaraya(const std::vector<SearchHit>& hits) {
        return std::any_of(hits.begin(), hits.end(), [](const SearchHit& h) { return h.kind == "event" && h.id.rfind("daraya-", 0) == 0; });
    }
    static TempDir* s_dir;
    static CorpusDatabase* s_db;
};
TempDir* SearchRealData::s_dir = nullptr;
CorpusDatabase* SearchRealData::s_db = nullptr;

TEST_F(SearchRealData, DarayaInArabicFindsThePlaceTheCaseAndItsEvents) {
    const auto hits = s_db->search("داريا");
    EXPECT_TRUE(has(hits, "place", "daraya"));
    EXPECT_TRUE(has(hits, "case", "daraya"));
    EXPECT_TRUE(hasEventOfDaraya(hits));
}

TEST_F(SearchRealData, DarayaInEnglishFindsThePlaceTheCaseAndItsEvents) {
    const auto hits = s_db->search("Daraya");
    EXPECT_TRUE(has(hits, "place", "daraya"));
    EXPECT_TRUE(has(hits, "case", "daraya"));
    EXPECT_TRUE(hasEventOfDaraya(hits));
    EXPECT_TRUE(has(s_db->search("dara"), "place", "daraya"));  // prefix while typing
}

TEST_F(SearchRealData, HarakatAndAlefFormsDoNotMatter) {
    EXPECT_TRUE(has(s_db->search("دَارَيَّا"), "place", "daraya"));
    EXPECT_TRUE(has(s_db->search("داريـــا"), "place", "daraya"));  // tatweel
    EXPECT_TRUE(has(s_db->search("ادلب"), "place", "idlib"));        // written إدلب in the corpus
    EXPECT_TRUE(has(s_db->search("إِدْلِب"), "place", "idlib"));
}

TEST_F(SearchRealData, ClauseSummariesAreSearchable) {
    const auto hits = s_db->search("conscription");
    EXPECT_TRUE(std::any_of(hits.begin(), hits.end(), [](const SearchHit& h) { return h.kind == "clause" && h.clause > 0; }));
}

TEST_F(SearchRealData, HostileInputNeitherErrorsNorInjects) {
    for (const char* text : {"\"", "NEAR(", "NEAR(daraya", "*", "-", "daraya OR", "\"daraya", "')--", "x'; DROP TABLE events; --",
                             "{title_en}: daraya", "^daraya", "daraya AND", "((((", "\xff\xfe", ""}) {
        EXPECT_NO_THROW(s_db->search(text)) << text;
    }
    EXPECT_TRUE(s_db->search("*").empty());
    EXPECT_TRUE(has(s_db->search("\"Daraya"), "place", "daraya"));
    EXPECT_TRUE(has(s_db->search("NEAR(Daraya"), "place", "daraya") || s_db->search("NEAR(Daraya").empty());
    EXPECT_FALSE(s_db->load().events().empty());  // the tables are still there
}

TEST_F(SearchRealData, LimitAndOneHitPerEntry) {
    const auto hits = s_db->search("a", 5);
    EXPECT_LE(hits.size(), 5u);
    const auto all = s_db->search("Daraya");
    for (size_t i = 0; i < all.size(); ++i)
        for (size_t j = i + 1; j < all.size(); ++j)
            EXPECT_FALSE(all[i].kind == all[j].kind && all[i].id == all[j].id && all[i].clause == all[j].clause);
}
