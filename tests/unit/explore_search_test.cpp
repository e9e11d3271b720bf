// Search through the corpus store's FTS5 index (explore/search_index.hpp): Arabic without
// diacritics, English, hits resolved to what they select; on the small corpus and on the real one.

#include "corpus_test_support.hpp"
#include "explore/search_index.hpp"
#include "explore_test_corpus.hpp"
#include "load_corpus.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

using namespace ta;
using namespace ta::explore;
using namespace ta::explore::test;

namespace {

bool finds(const std::vector<SearchResult>& results, const std::string& kind, const std::string& id) {
    return std::any_of(results.begin(), results.end(), [&](const SearchResult& r) { return r.hit.kind == kind && r.hit.id == id; });
}

}  // namespace

TEST(ExploreSearch, ArabicWithOrWithoutDiacriticsAndEnglishFindTheSamePlace) {
    const corpus::Corpus c = smallCorpus();
    SearchIndex index(c);
    for (const char* q : {"داريا", "Daraya", "داريّا", "دَارَيَّا", "daraya"}) {
        const std::vector<SearchResult> r = index.search(q);
        EXPECT_TRUE(finds(r, "place", "daraya")) << q;
    }
    EXPECT_FALSE(finds(index.search("الوعر"), "place", "daraya"));
    EXPECT_TRUE(finds(index.search("الوعر"), "place", "waer"));
}

TEST(ExploreSearch, HitsResolveToCorpusIndices) {
    const corpus::Corpus c = smallCorpus();
    SearchIndex index(c);
    const std::vector<SearchResult> r = index.search("Daraya");
    const auto place = std::find_if(r.begin(), r.end(), [](const SearchResult& x) { return x.hit.kind == "place"; });
    ASSERT_NE(place, r.end());
    EXPECT_EQ(place->place, c.placeIndex("daraya"));
    EXPECT_EQ(place->event, -1);
    const auto caseHit = std::find_if(r.begin(), r.end(), [](const SearchResult& x) { return x.hit.kind == "case"; });
    ASSERT_NE(caseHit, r.end());
    EXPECT_EQ(caseHit->caseIndex, c.caseIndexById("daraya"));

    const std::vector<SearchResult> egypt = index.search("مصر");
    ASSERT_TRUE(finds(egypt, "actor", "egypt"));
    EXPECT_EQ(egypt.front().actor, c.actorIndex("egypt"));
}

TEST(ExploreSearch, ClauseHitsCarryTheirEventAndNumber) {
    const corpus::Corpus c = smallCorpus();
    SearchIndex index(c);
    // Clause texts are "Clause N" / "البند N": the number is a word of its own.
    const std::vector<SearchResult> r = index.search("clause 3");
    const auto it = std::find_if(r.begin(), r.end(), [](const SearchResult& x) { return x.hit.kind == "clause"; });
    ASSERT_NE(it, r.end());
    EXPECT_EQ(it->event, c.eventIndex("daraya-2016-final"));
    EXPECT_EQ(it->clause, 3);
}

TEST(ExploreSearch, UnknownIdsResolveToNothing) {
    const corpus::Corpus c = smallCorpus();
    corpus::SearchHit hit;
    hit.kind = "event";
    hit.id = "no-such-event";
    const SearchResult r = resolveHit(c, hit);
    EXPECT_EQ(r.event, -1);
    EXPECT_EQ(r.place, -1);
    hit.kind = "something-else";
    EXPECT_EQ(resolveHit(c, hit).caseIndex, -1);
}

TEST(ExploreSearch, EmptyQueryFindsNothing) {
    const corpus::Corpus c = smallCorpus();
    SearchIndex index(c);
    EXPECT_TRUE(index.search("").empty());
    EXPECT_TRUE(index.search("   ").empty());
    EXPECT_TRUE(index.search("\"*NEAR(").empty());  // FTS5 syntax is plain text, not an error
}

TEST(ExploreSearch, EventsOfAnActorInAnyRole) {
    const corpus::Corpus c = smallCorpus();
    EXPECT_EQ(eventIds(c, eventsOfActor(c, "egypt")), (std::vector<std::string>{"waer-2015-agreement", "daraya-2016-final"}));
    EXPECT_TRUE(eventsOfActor(c, "nobody").empty());
}

TEST(ExploreSearch, TheIndexFilesGoAwayWithTheIndex) {
    const corpus::Corpus c = smallCorpus();
    std::vector<std::filesystem::path> before;
    for (const auto& e : std::filesystem::directory_iterator(std::filesystem::temp_directory_path()))
        if (e.path().filename().string().rfind("truce-atlas-search-", 0) == 0) before.push_back(e.path());
    {
        SearchIndex index(c);
        EXPECT_FALSE(index.search("Daraya").empty());
    }
    size_t after = 0;
    for (const auto& e : std::filesystem::directory_iterator(std::filesystem::temp_directory_path()))
        if (e.path().filename().string().rfind("truce-atlas-search-", 0) == 0 &&
            std::find(before.begin(), before.end(), e.path()) == before.end())
            ++after;
    EXPECT_EQ(after, 0u);
}
