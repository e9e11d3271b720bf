// The clause-comparison matrix (explore/clause_matrix.hpp) and the places holding a category
// (explore/category_map.hpp), on the small corpus of explore_test_corpus.hpp.

#include "explore/category_map.hpp"
#include "explore/clause_matrix.hpp"
#include "explore_test_corpus.hpp"

#include <gtest/gtest.h>

using namespace ta;
using namespace ta::explore;
using namespace ta::explore::test;

namespace {

std::vector<std::string> columnIds(const corpus::Corpus& c, const ClauseMatrix& m) {
    std::vector<std::string> out;
    for (uint32_t col : m.columns) out.push_back(c.taxonomy().categories[col].id);
    return out;
}

std::vector<std::string> rowIds(const corpus::Corpus& c, const ClauseMatrix& m) {
    std::vector<std::string> out;
    for (const ClauseMatrix::Row& r : m.rows) out.push_back(c.events()[r.event].id);
    return out;
}

const std::vector<int>& cell(const corpus::Corpus& c, const ClauseMatrix& m, const std::string& event, const std::string& category) {
    static const std::vector<int> kMissing{-1};
    const corpus::Term* t = c.findCategory(category);
    const int col = t ? m.columnOf(static_cast<uint32_t>(t - c.taxonomy().categories.data())) : -1;
    for (const ClauseMatrix::Row& r : m.rows)
        if (c.events()[r.event].id == event && col >= 0) return r.cells[static_cast<size_t>(col)];
    return kMissing;
}

using Ids = std::vector<std::string>;

}  // namespace

TEST(ClauseMatrix, RowsAreAgreementsWithClausesByDate) {
    const corpus::Corpus c = smallCorpus();
    const ClauseMatrix m = buildClauseMatrix(c, {});
    EXPECT_EQ(rowIds(c, m), (Ids{"daraya-2014-truce", "waer-2015-agreement", "daraya-2016-final"}));
}

TEST(ClauseMatrix, ColumnsFollowTheTaxonomyAndDropUnusedOnes) {
    const corpus::Corpus c = smallCorpus();
    const ClauseMatrix m = buildClauseMatrix(c, {});
    EXPECT_EQ(columnIds(c, m), (Ids{"ceasefire", "departure_north", "russian_military_police", "conscription_deferral"}));
    EXPECT_EQ(m.columnRows, (std::vector<int>{2, 2, 1, 1}));
    const ClauseMatrix all = buildClauseMatrix(c, {}, true);
    EXPECT_EQ(columnIds(c, all), (Ids{"ceasefire", "departure_north", "unused", "russian_military_police", "conscription_deferral"}));
    EXPECT_EQ(all.columnRows[2], 0);
    for (const ClauseMatrix::Row& r : all.rows) EXPECT_EQ(r.cells.size(), all.columns.size());
}

TEST(ClauseMatrix, CellsHoldTheClauseNumbersSorted) {
    const corpus::Corpus c = smallCorpus();
    const ClauseMatrix m = buildClauseMatrix(c, {});
    EXPECT_EQ(cell(c, m, "daraya-2016-final", "departure_north"), (std::vector<int>{1, 2}));
    EXPECT_EQ(cell(c, m, "daraya-2016-final", "conscription_deferral"), (std::vector<int>{2, 3}));
    EXPECT_TRUE(cell(c, m, "daraya-2016-final", "ceasefire").empty());
    EXPECT_EQ(cell(c, m, "waer-2015-agreement", "russian_military_police"), (std::vector<int>{2}));
    EXPECT_EQ(cell(c, m, "daraya-2014-truce", "unused"), (std::vector<int>{-1}));  // no such column
}

TEST(ClauseMatrix, FiltersChooseTheRows) {
    const corpus::Corpus c = smallCorpus();
    Filters f;
    f.models = {2};
    const ClauseMatrix m = buildClauseMatrix(c, f);
    EXPECT_EQ(rowIds(c, m), (Ids{"daraya-2016-final"}));
    EXPECT_EQ(columnIds(c, m), (Ids{"departure_north", "conscription_deferral"}));
    f.models = {};
    f.kinds = {"meeting"};
    EXPECT_TRUE(buildClauseMatrix(c, f).rows.empty());
}

TEST(ClauseMatrix, FindClauseByNumber) {
    const corpus::Corpus c = smallCorpus();
    const corpus::Event& e = *c.findEvent("daraya-2016-final");
    ASSERT_NE(findClause(e, 3), nullptr);
    EXPECT_EQ(findClause(e, 3)->categories, (Ids{"conscription_deferral"}));
    EXPECT_EQ(findClause(e, 9), nullptr);
}

TEST(CategoryMap, PlacesWhoseAgreementsHoldTheCategory) {
    const corpus::Corpus c = smallCorpus();
    const CategoryHolding h = placesHoldingCategory(c, "departure_north", {});
    EXPECT_EQ(h.placeCount, 2u);
    EXPECT_EQ(eventIds(c, h.events), (Ids{"waer-2015-agreement", "daraya-2016-final"}));
    EXPECT_EQ(h.firstEvent[static_cast<size_t>(c.placeIndex("waer"))], c.eventIndex("waer-2015-agreement"));
    EXPECT_EQ(h.firstEvent[static_cast<size_t>(c.placeIndex("daraya"))], c.eventIndex("daraya-2016-final"));
    EXPECT_FALSE(h.holds(static_cast<size_t>(c.placeIndex("moadamiyeh"))));
    EXPECT_FALSE(h.holds(static_cast<size_t>(c.placeIndex("idlib"))));  // a destination is not where the clause applied
    EXPECT_FALSE(h.holds(999));
}

TEST(CategoryMap, UpToADateShowsTheSpread) {
    const corpus::Corpus c = smallCorpus();
    const CategoryHolding early = placesHoldingCategory(c, "departure_north", {}, dayFromCivil(2016, 1, 1));
    EXPECT_EQ(early.placeCount, 1u);
    EXPECT_TRUE(early.holds(static_cast<size_t>(c.placeIndex("waer"))));
    const CategoryHolding onTheDay = placesHoldingCategory(c, "departure_north", {}, dayFromCivil(2016, 8, 26));
    EXPECT_EQ(onTheDay.placeCount, 2u);
}

TEST(CategoryMap, FiltersAndUnknownCategories) {
    const corpus::Corpus c = smallCorpus();
    Filters f;
    f.kinds = {"final_settlement"};
    const CategoryHolding h = placesHoldingCategory(c, "departure_north", f);
    EXPECT_EQ(h.placeCount, 1u);
    EXPECT_TRUE(h.holds(static_cast<size_t>(c.placeIndex("daraya"))));
    EXPECT_EQ(placesHoldingCategory(c, "no-such-category", {}).placeCount, 0u);
    EXPECT_TRUE(eventHoldsCategory(*c.findEvent("waer-2015-agreement"), "russian_military_police"));
    EXPECT_FALSE(eventHoldsCategory(*c.findEvent("daraya-2014-truce"), "russian_military_police"));
}
