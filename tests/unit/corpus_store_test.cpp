#include "corpus_test_support.hpp"
#include "store_schema.hpp"
#include "error.hpp"
#include "load_corpus.hpp"
#include "store.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>
#include <sstream>
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace ta;
using namespace ta::corpus;
using namespace ta::corpus::test;

namespace {

Corpus loadValid(const std::filesystem::path& dir) {
    LoadResult result = loadCorpus(dir);
    EXPECT_TRUE(result.corpus) << result.diagnostics.formatAll();
    return result.corpus ? std::move(*result.corpus) : Corpus();
}

std::string readAll(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string errorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return "(no error)";
}

void setUserVersion(const std::filesystem::path& db, int version) {
    sqlite3* h = nullptr;
    ASSERT_EQ(sqlite3_open(db.c_str(), &h), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(h, ("PRAGMA user_version = " + std::to_string(version)).c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(h);
}

}  // namespace

TEST(CorpusStore, SyntheticRoundTripIsExact) {
    TempDir dir;
    dir.write("base.toml", kBaseToml);
    dir.write("cases/01.toml",
              caseToml(1, "case-a") +
                  eventToml("a", "2014-05", "truce", "[\"town-a\", \"town-b\"]",
                            "date_qualifier = \"late\"\ndate_end = \"2014-09-01\"\nmediators = [\"russia\"]\nvenue_en = \"Geneva\"\n"
                            "venue_ar = \"جنيف\"\nclause_count_stated = 3\nstatus = \"truce\"\ndate_note_en = \"n\"\ndate_note_ar = \"ن\"\n",
                            "[[event.reading]]\ndate = \"2014-05\"\nchosen = true\nreason_en = \"r\"\nreason_ar = \"ر\"\n\n"
                            "[[event.number]]\nwhat = \"fighters\"\nvalue = 12.5\nmax = 20\napprox = true\nnote_en = \"x\"\nnote_ar = \"س\"\n\n"
                            "[[event.flow]]\nfrom = \"town-a\"\nto = \"idlib\"\nwho = \"mixed\"\ndate = \"2014-06\"\n\n"
                            "[[event.clause]]\nn = 1\ncategories = [\"ceasefire\", \"departure_north\"]\nen = \"e\"\nar = \"ع\"\n"));
    dir.write("general.toml",
              "[[model]]\nn = 1\nid = \"m1\"\nname_en = \"M\"\nname_ar = \"م\"\nsummary_en = \"s\"\nsummary_ar = \"س\"\ncases = [1]\n"
              "source = { section = \"3\", lines = [5, 9] }\n\n"
              "[[priority]]\nn = 1\nid = \"p1\"\nname_en = \"P\"\nname_ar = \"ب\"\nsummary_en = \"s\"\nsummary_ar = \"س\"\nevents = [\"a\"]\n"
              "cases = [1]\nsource = { section = \"4\" }\n\n"
              "[[zone]]\nid = \"z\"\nkind = \"deescalation\"\nname_en = \"Z\"\nname_ar = \"ز\"\ndate = \"2017-07-01\"\ndate_end = \"2018\"\n"
              "places = [\"town-a\"]\nbuffer_km = 7.5\nguarantors = [\"russia\"]\nfactions = [\"rebels\"]\nsummary_en = \"s\"\n"
              "summary_ar = \"س\"\nsource = { section = \"3\", paragraph = 2 }\n");
    const Corpus source = loadValid(dir.path());
    const std::filesystem::path db = dir.path() / "out" / "corpus.sqlite";
    std::filesystem::create_directories(db.parent_path());
    buildDatabase(source, db);
    const Corpus back = loadDatabase(db);
    EXPECT_TRUE(back.data() == source.data());
    EXPECT_EQ(back.events().at(0).readings, source.events().at(0).readings);
    EXPECT_EQ(back.zones().at(0), source.zones().at(0));
    EXPECT_EQ(back.models().at(0), source.models().at(0));
    EXPECT_EQ(back.priorities().at(0), source.priorities().at(0));
    EXPECT_EQ(back.places(), source.places());
}

// Build time is measured by bench/ (corpus benchmarks), not asserted here.
TEST(CorpusStore, RealCorpusRoundTrips) {
    TempDir dir;
    const Corpus source = loadValid(realDataDir());
    const std::filesystem::path db = dir.path() / "corpus.sqlite";
    buildDatabase(source, db);
    const Corpus back = loadDatabase(db);
    EXPECT_EQ(back.events(), source.events());
    EXPECT_EQ(back.places(), source.places());
    EXPECT_EQ(back.cases(), source.cases());
    EXPECT_TRUE(back.data() == source.data());
}

TEST(CorpusStore, ForeignKeysAndSchemaVersionAreSet) {
    TempDir dir;
    const std::filesystem::path db = dir.path() / "c.sqlite";
    buildDatabase(loadValid(realDataDir()), db);
    sqlite3* h = nullptr;
    ASSERT_EQ(sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(h, "PRAGMA user_version", -1, &st, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_int(st, 0), kSchemaVersion);
    sqlite3_finalize(st);
    ASSERT_EQ(sqlite3_prepare_v2(h, "PRAGMA foreign_key_check", -1, &st, nullptr), SQLITE_OK);
    EXPECT_EQ(sqlite3_step(st), SQLITE_DONE) << "foreign key violations in the built database";
    sqlite3_finalize(st);
    ASSERT_EQ(sqlite3_prepare_v2(h, "SELECT count(*) FROM clause_categories", -1, &st, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
    EXPECT_GT(sqlite3_column_int(st, 0), 100);
    sqlite3_finalize(st);
    sqlite3_close(h);
}

TEST(CorpusStore, RefusesAnotherSchemaVersion) {
    TempDir dir;
    const std::filesystem::path db = dir.path() / "c.sqlite";
    buildDatabase(loadValid(realDataDir()), db);
    setUserVersion(db, 99);
    const std::string message = errorOf([&] { loadDatabase(db); });
    EXPECT_EQ(message.rfind(db.string() + ": schema version 99, but this program reads version " + std::to_string(kSchemaVersion), 0), 0u) << message;
    EXPECT_NE(message.find("corpus build"), std::string::npos);
}

TEST(CorpusStore, RefusesFilesThatAreNotCorpusDatabases) {
    TempDir dir;
    const std::string text = dir.write("notes.sqlite", "this is not SQLite at all, just some text that is long enough......");
    EXPECT_EQ(errorOf([&] { loadDatabase(text); }).rfind(text + ": not a corpus database", 0), 0u);
    const std::filesystem::path empty = dir.path() / "empty.sqlite";
    setUserVersion(empty, 0);
    EXPECT_EQ(errorOf([&] { loadDatabase(empty); }).rfind(empty.string() + ": not a corpus database", 0), 0u);
    const std::string missing = (dir.path() / "missing.sqlite").string();
    EXPECT_EQ(errorOf([&] { loadDatabase(missing); }).rfind(missing + ": no such database", 0), 0u);
}

TEST(CorpusStore, AFailedBuildLeavesThePreviousDatabaseIntact) {
    TempDir dir;
    const std::filesystem::path db = dir.path() / "c.sqlite";
    const Corpus good = loadValid(realDataDir());
    buildDatabase(good, db);
    const std::string before = readAll(db);

    // A corpus that was never validated: its event names a place that does not exist, which the
    // database's foreign keys reject halfway through the build.
    CorpusData bad = good.data();
    bad.events.back().places.push_back("atlantis");
    EXPECT_NE(errorOf([&] { buildDatabase(Corpus(std::move(bad)), db); }).find(db.string()), std::string::npos);
    EXPECT_EQ(readAll(db), before);
    size_t files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path())) ++files;
    EXPECT_EQ(files, 1u) << "temporary files left behind";
    EXPECT_TRUE(loadDatabase(db).data() == good.data());
}

TEST(CorpusStore, UnwritableDestinationNamesThePath) {
    const std::string target = "/nonexistent-dir/corpus.sqlite";
    EXPECT_EQ(errorOf([&] { buildDatabase(Corpus(), target); }).rfind(target + ":", 0), 0u);
}

TEST(CorpusStore, KilledDuringABuildLeavesAWholeDatabase) {
    TempDir dir;
    const std::filesystem::path db = dir.path() / "c.sqlite";
    const Corpus corpus = loadValid(realDataDir());
    buildDatabase(corpus, db);
    for (int delayMs : {5, 20, 45}) {
        const pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            try {
                for (;;) buildDatabase(corpus, db);  // rebuild until killed
            } catch (...) {
            }
            _exit(1);  // never return into the test runner's copy
        }
        usleep(static_cast<useconds_t>(delayMs) * 1000);
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        EXPECT_TRUE(WIFSIGNALED(status));
        // Either the old or a new database, never a torn one; a killed build may leave its
        // temporary file beside it, but never under the final name.
        EXPECT_TRUE(loadDatabase(db).data() == corpus.data()) << "after " << delayMs << " ms";
    }
}
