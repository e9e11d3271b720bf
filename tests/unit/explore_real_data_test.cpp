// The questions a new user must be able to answer with the explorer, asked of the real corpus
// (corpus/data) through the same functions the panes call. The UI tests (tests/gui/explore_ui_test)
// click the same answers in the window.

#include "corpus_test_support.hpp"
#include "explore/clause_matrix.hpp"
#include "explore/filter_sets.hpp"
#include "explore/place_links.hpp"
#include "explore/search_index.hpp"
#include "filters.hpp"
#include "load_corpus.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ta;
using namespace ta::explore;

namespace {

class ExploreRealData : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        corpus::LoadResult result = corpus::loadCorpus(corpus::test::realDataDir());
        ASSERT_TRUE(result.corpus) << result.diagnostics.formatAll();
        s_corpus = new corpus::Corpus(std::move(*result.corpus));
    }
    static void TearDownTestSuite() { delete s_corpus; }
    static const corpus::Corpus& c() { return *s_corpus; }
    static corpus::Corpus* s_corpus;
};
corpus::Corpus* ExploreRealData::s_corpus = nullptr;

bool contains(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

// "Which agreements had Egypt as guarantor?": the guarantor filter.
TEST_F(ExploreRealData, EgyptAsGuarantor) {
    Filters f;
    f.guarantors = {"egypt"};
    std::vector<std::string> ids;
    for (size_t e = 0; e < c().events().size(); ++e)
        if (eventPasses(f, c(), e)) {
            ids.push_back(c().events()[e].id);
            EXPECT_TRUE(contains(c().events()[e].guarantors, "egypt")) << c().events()[e].id;
        }
    EXPECT_TRUE(contains(ids, "south-damascus-2017-10-cairo"));
    // Counting mediators widens it to the Cairo memorandum of Eastern Ghouta, which Egypt mediated.
    f.mediatorsCount = true;
    size_t withMediators = 0;
    for (size_t e = 0; e < c().events().size(); ++e) withMediators += eventPasses(f, c(), e) ? 1 : 0;
    EXPECT_GT(withMediators, ids.size());
}

// "Which agreements sent fighters to Jarablus?": search finds the place, whose arrivals name the deals.
TEST_F(ExploreRealData, FightersSentToJarablus) {
    SearchIndex index(c());
    for (const char* q : {"Jarablus", "جرابلس"}) {
        const std::vector<SearchResult> r = index.search(q);
        const auto place = std::find_if(r.begin(), r.end(), [](const SearchResult& x) { return x.hit.kind == "place" && x.hit.id == "jarablus"; });
        ASSERT_NE(place, r.end()) << q;
        ASSERT_GE(place->place, 0);
        const std::vector<MovedPeople> arrivals = flowsInto(c(), static_cast<size_t>(place->place));
        std::vector<int> cases;
        for (const MovedPeople& m : arrivals) cases.push_back(c().events()[m.event].caseN);
        // Barzeh (4), Eastern Ghouta (17) and the northern Homs countryside (18) sent people there.
        for (int n : {4, 17, 18}) EXPECT_NE(std::find(cases.begin(), cases.end(), n), cases.end()) << q << " case " << n;
        for (const MovedPeople& m : arrivals) EXPECT_EQ(c().events()[m.event].flows[m.flow].to, "jarablus");
    }
}

// "What did the Eastern Qalamoun final agreement say about conscription?": its matrix cell.
TEST_F(ExploreRealData, EasternQalamounFinalAgreementOnConscription) {
    const ClauseMatrix m = buildClauseMatrix(c(), {});
    const int e = c().eventIndex("eastern-qalamoun-2018-04-final");
    ASSERT_GE(e, 0);
    const corpus::Term* cat = c().findCategory("conscription_deferral");
    ASSERT_NE(cat, nullptr);
    const int col = m.columnOf(static_cast<uint32_t>(cat - c().taxonomy().categories.data()));
    ASSERT_GE(col, 0);
    const auto row = std::find_if(m.rows.begin(), m.rows.end(), [&](const ClauseMatrix::Row& r) { return static_cast<int>(r.event) == e; });
    ASSERT_NE(row, m.rows.end());
    const std::vector<int>& cell = row->cells[static_cast<size_t>(col)];
    ASSERT_FALSE(cell.empty());
    const corpus::Clause* clause = findClause(c().events()[static_cast<size_t>(e)], cell.front());
    ASSERT_NE(clause, nullptr);
    EXPECT_NE(clause->en.find("six months"), std::string::npos) << clause->en;
}

// 'داريا', 'Daraya' and 'داريّا' all find Daraya in the real corpus.
TEST_F(ExploreRealData, DarayaInBothLanguages) {
    SearchIndex index(c());
    for (const char* q : {"داريا", "Daraya", "داريّا"}) {
        const std::vector<SearchResult> r = index.search(q);
        EXPECT_TRUE(std::any_of(r.begin(), r.end(), [](const SearchResult& x) { return x.hit.kind == "place" && x.hit.id == "daraya"; })) << q;
        EXPECT_TRUE(std::any_of(r.begin(), r.end(), [](const SearchResult& x) { return x.event >= 0 && x.hit.id.rfind("daraya-", 0) == 0; })) << q;
    }
}

// Every category column of the matrix is a taxonomy category, and every clause lands in its cells.
TEST_F(ExploreRealData, MatrixAccountsForEveryClauseCategory) {
    const ClauseMatrix m = buildClauseMatrix(c(), {}, true);
    EXPECT_EQ(m.columns.size(), c().taxonomy().categories.size());
    size_t withClauses = 0;
    for (const corpus::Event& e : c().events()) withClauses += e.clauses.empty() ? 0 : 1;
    EXPECT_EQ(m.rows.size(), withClauses);
    for (const ClauseMatrix::Row& r : m.rows) {
        const corpus::Event& e = c().events()[r.event];
        for (const corpus::Clause& cl : e.clauses)
            for (const std::string& cat : cl.categories) {
                const corpus::Term* t = c().findCategory(cat);
                ASSERT_NE(t, nullptr) << cat;
                const auto& cell = r.cells[static_cast<size_t>(m.columnOf(static_cast<uint32_t>(t - c().taxonomy().categories.data())))];
                EXPECT_NE(std::find(cell.begin(), cell.end(), cl.n), cell.end()) << e.id << " clause " << cl.n << " " << cat;
            }
    }
}
