// Search input never reaches SQL as text (issue 9): whatever a user types, through the search API,
// SQLite raises no error, the database is untouched, and FTS5 operators typed by the user have no
// effect (an injected OR cannot widen the results, a column filter cannot narrow them).

#include "load_corpus.hpp"
#include "store.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace ta::corpus;

namespace {

std::string fileBytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

class SearchSafety : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        std::random_device rd;
        s_dir = new fs::path(fs::temp_directory_path() / ("ta-search-safety-" + std::to_string(rd())));
        fs::create_directories(*s_dir);
        LoadResult result = loadCorpus(fs::path(TA_SOURCE_DIR) / "corpus/data");
        ASSERT_TRUE(result.corpus) << result.diagnostics.formatAll();
        buildDatabase(*result.corpus, *s_dir / "corpus.sqlite");
        s_bytes = new std::string(fileBytes(*s_dir / "corpus.sqlite"));
        s_db = new CorpusDatabase(*s_dir / "corpus.sqlite");
    }
    static void TearDownTestSuite() {
        delete s_db;
        delete s_bytes;
        std::error_code ec;
        fs::remove_all(*s_dir, ec);
        delete s_dir;
    }
    static std::vector<std::string> ids(const std::vector<SearchHit>& hits) {
        std::vector<std::string> out;
        for (const SearchHit& h : hits) out.push_back(h.kind + ":" + h.id + "#" + std::to_string(h.clause));
        std::sort(out.begin(), out.end());
        return out;
    }
    static fs::path* s_dir;
    static std::string* s_bytes;
    static CorpusDatabase* s_db;
};
fs::path* SearchSafety::s_dir = nullptr;
std::string* SearchSafety::s_bytes = nullptr;
CorpusDatabase* SearchSafety::s_db = nullptr;

// Every FTS5 operator and SQL metacharacter, alone, doubled, unbalanced and around real words.
std::vector<std::string> hostileInputs() {
    const std::vector<std::string> pieces = {"\"", "'", "(", ")", "*", "-", "+", "^", ":", "{", "}", ",", ";", "--", "/*", "*/",
                                             "NEAR", "NEAR(", "NEAR/3", "AND", "OR", "NOT", "MATCH", "title_en:", "{en ar}:",
                                             "search:", "rank", "bm25(search)", "'; DROP TABLE events; --", "\\", "%", "_", "\x01",
                                             std::string("\0", 1), "\xff", "\xd8", "داريا", "daraya", "ال", "ـ"};
    std::vector<std::string> inputs = pieces;
    std::mt19937 rng(20161226);
    std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1), len(2, 8);
    for (int i = 0; i < 400; ++i) {
        std::string text;
        for (size_t n = len(rng); n > 0; --n) text += pieces[pick(rng)] + ((rng() & 1) ? " " : "");
        inputs.push_back(text);
    }
    inputs.push_back(std::string(1 << 20, '"'));     // a megabyte of quotes
    inputs.push_back(std::string(100000, '('));
    std::string manyWords;
    for (int i = 0; i < 5000; ++i) manyWords += "NEAR(a b) OR ";
    inputs.push_back(manyWords);
    return inputs;
}

}  // namespace

TEST_F(SearchSafety, NoInputMakesSqliteFail) {
    for (const std::string& text : hostileInputs()) {
        SCOPED_TRACE(text.substr(0, 80));
        EXPECT_NO_THROW(s_db->search(text));
    }
}

TEST_F(SearchSafety, TheDatabaseIsUntouched) {
    for (const std::string& text : {"'; DROP TABLE events; --", "x\"); DELETE FROM search; --", "daraya'; UPDATE places SET name_en='x"})
        EXPECT_NO_THROW(s_db->search(text));
    EXPECT_EQ(fileBytes(*s_dir / "corpus.sqlite"), *s_bytes);
    EXPECT_FALSE(s_db->search("Daraya").empty());
    EXPECT_FALSE(s_db->load().events().empty());
}

TEST_F(SearchSafety, AnInjectedOrCannotWidenTheResults) {
    ASSERT_FALSE(s_db->search("Daraya").empty());
    // A word found nowhere, "OR", then a word found everywhere: with the OR taken as syntax the
    // Daraya hits would come back; taken as text, every word must match, so nothing does.
    for (const char* text : {"zzqqxx OR Daraya", "zzqqxx\" OR \"Daraya", "zzqqxx\" OR Daraya OR \"", "NOT zzqqxx Daraya",
                             "zzqqxx) OR (Daraya", "{name_en}: zzqqxx OR Daraya"}) {
        EXPECT_TRUE(s_db->search(text).empty()) << text;
    }
}

TEST_F(SearchSafety, OperatorsAroundAWordActLikeTheWordAlone) {
    const auto plain = ids(s_db->search("Daraya "));
    ASSERT_FALSE(plain.empty());
    for (const char* text : {"\"Daraya\" ", "(Daraya) ", "^Daraya ", "+Daraya ", "Daraya* ", "-Daraya ", "'Daraya' "})
        EXPECT_EQ(ids(s_db->search(text)), plain) << text;
}
