#include "corpus_command.hpp"
#include "corpus_test_support.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

using namespace ta::corpus::test;

namespace {

struct CommandRun {
    int status = -1;
    std::string out;
    std::string err;
};

CommandRun corpusCommand(std::vector<std::string> args) {
    std::ostringstream out, err;
    CommandRun r;
    r.status = ta::runCorpusCommand(args, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

std::string readAll(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// A source tree with one problem: an unknown place.
std::string writeInvalid(const TempDir& dir) {
    dir.write("base.toml", kBaseToml);
    return dir.write("c.toml", caseToml(1, "c") + eventToml("e", "2016-01-01", "truce", "[\"atlantis\"]"));
}

}  // namespace

TEST(CorpusCommand, ValidateRealSourcesPrintsASummary) {
    const CommandRun r = corpusCommand({"validate", realDataDir().string()});
    EXPECT_EQ(r.status, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("20 cases"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("events"), std::string::npos);
    EXPECT_NE(r.out.find("clauses"), std::string::npos);
    EXPECT_NE(r.out.find("places"), std::string::npos);
}

TEST(CorpusCommand, ValidateReportsProblemsAndWritesNothing) {
    TempDir dir;
    const std::string file = writeInvalid(dir);
    const CommandRun r = corpusCommand({"validate", dir.path().string()});
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.out.find(file + ":"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(": event.places: unknown place 'atlantis'"), std::string::npos) << r.out;
    EXPECT_NE(r.err.find("1 problem"), std::string::npos) << r.err;
    size_t files = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::recursive_directory_iterator(dir.path())) ++files;
    EXPECT_EQ(files, 2u);
}

TEST(CorpusCommand, BuildWritesTheDatabaseAtomically) {
    TempDir dir;
    const std::filesystem::path db = dir.path() / "c.sqlite";
    CommandRun r = corpusCommand({"build", "-o", db.string(), realDataDir().string()});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(std::filesystem::exists(db));
    const std::string before = readAll(db);

    TempDir bad;
    writeInvalid(bad);
    r = corpusCommand({"build", "-o", db.string(), bad.path().string()});
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("unknown place 'atlantis'"), std::string::npos) << r.err;
    EXPECT_EQ(readAll(db), before);
}

TEST(CorpusCommand, ExportJsonFromSourcesAndFromTheDatabaseAgree) {
    TempDir dir;
    const std::filesystem::path db = dir.path() / "c.sqlite";
    ASSERT_EQ(corpusCommand({"build", "-o", db.string(), realDataDir().string()}).status, 0);
    const CommandRun fromSources = corpusCommand({"export", "--format", "json", realDataDir().string()});
    const CommandRun fromDb = corpusCommand({"export", "--format", "json", "--db", db.string()});
    ASSERT_EQ(fromSources.status, 0) << fromSources.err;
    ASSERT_EQ(fromDb.status, 0) << fromDb.err;
    EXPECT_EQ(fromSources.out, fromDb.out);
    EXPECT_TRUE(nlohmann::json::parse(fromDb.out).contains("events"));

    const std::filesystem::path csv = dir.path() / "events.csv";
    const CommandRun toFile = corpusCommand({"export", "--format", "csv", "-o", csv.string(), "--db", db.string()});
    EXPECT_EQ(toFile.status, 0) << toFile.err;
    EXPECT_TRUE(toFile.out.empty());
    EXPECT_EQ(readAll(csv).substr(0, 3), "id,");
}

TEST(CorpusCommand, SearchPrintsHits) {
    TempDir dir;
    const std::filesystem::path db = dir.path() / "c.sqlite";
    ASSERT_EQ(corpusCommand({"build", "-o", db.string(), realDataDir().string()}).status, 0);
    const CommandRun r = corpusCommand({"search", "--db", db.string(), "داريا"});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("place\tdaraya\t"), std::string::npos) << r.out;
}

TEST(CorpusCommand, UsageErrorsExitTwoNamingTheArgument) {
    struct Case {
        std::vector<std::string> args;
        std::string named;
    };
    for (const Case& c : std::vector<Case>{{{}, "corpus"},
                                           {{"frobnicate"}, "frobnicate"},
                                           {{"validate", "--fast"}, "--fast"},
                                           {{"validate", "a", "b"}, "b"},
                                           {{"build", "-o"}, "-o"},
                                           {{"export"}, "--format"},
                                           {{"export", "--format", "xml"}, "'xml'"},
                                           {{"export", "--format", "json", "--db", "x.sqlite", "dir"}, "dir"},
                                           {{"search"}, "search"}}) {
        const CommandRun r = corpusCommand(c.args);
        EXPECT_EQ(r.status, 2) << ::testing::PrintToString(c.args);
        EXPECT_NE(r.err.find(c.named), std::string::npos) << r.err;
    }
    EXPECT_EQ(corpusCommand({"--help"}).status, 0);
}

TEST(CorpusCommand, RuntimeErrorsExitOneNamingTheFile) {
    CommandRun r = corpusCommand({"validate", "/nonexistent/sources"});
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("/nonexistent/sources"), std::string::npos) << r.err;
    r = corpusCommand({"build", "-o", "/nonexistent-dir/c.sqlite", realDataDir().string()});
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("/nonexistent-dir/c.sqlite"), std::string::npos) << r.err;
    r = corpusCommand({"export", "--format", "csv", "--db", "/nonexistent/c.sqlite"});
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("/nonexistent/c.sqlite"), std::string::npos) << r.err;
}

TEST(CorpusCompileTool, FailsTheBuildWithTheValidatorsMessages) {
    TempDir dir;
    const std::string file = writeInvalid(dir);
    const std::filesystem::path db = dir.path() / "out.sqlite";
    const std::filesystem::path log = dir.path() / "log.txt";
    const std::string tool = std::string(TA_BINARY_DIR) + "/corpus/ta-corpus-compile";
    const std::string command = "'" + tool + "' '" + dir.path().string() + "' '" + db.string() + "' 2> '" + log.string() + "'";
    const int status = std::system(command.c_str());
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 1);
    EXPECT_NE(readAll(log).find(file + ":"), std::string::npos) << readAll(log);
    EXPECT_FALSE(std::filesystem::exists(db));
}
