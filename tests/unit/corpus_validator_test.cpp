// One test per kind of problem the validator reports, each asserting the exact
// "file:line: field:" prefix of the message.

#include "corpus_test_support.hpp"
#include "load_corpus.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

using namespace ta::corpus;
using namespace ta::corpus::test;

namespace {

/// Loads `dir` and returns every message, formatted.
std::vector<std::string> problems(const TempDir& dir) {
    const LoadResult result = loadCorpus(dir.path());
    std::vector<std::string> out;
    for (const Diagnostic& d : result.diagnostics.sorted()) out.push_back(d.format());
    EXPECT_EQ(result.corpus.has_value(), out.empty());
    return out;
}

std::string prefix(const std::string& file, int line, const std::string& field) {
    return file + ":" + std::to_string(line) + ": " + field + ": ";
}

/// Asserts that exactly one problem was found and that it starts with `expected` and mentions `words`.
void expectOne(const std::vector<std::string>& found, const std::string& expected, const std::string& words = "") {
    ASSERT_EQ(found.size(), 1u) << ::testing::PrintToString(found);
    EXPECT_EQ(found[0].substr(0, expected.size()), expected) << found[0];
    EXPECT_NE(found[0].find(words), std::string::npos) << found[0];
}

class Validator : public ::testing::Test {
protected:
    void SetUp() override { m_dir.write("base.toml", kBaseToml); }
    /// Writes a case file holding `body` after a valid [case] header.
    std::string writeCase(const std::string& body, int n = 1, const std::string& name = "cases/01_a.toml") {
        m_text = caseToml(n, "case-" + std::to_string(n)) + body;
        return m_dir.write(name, m_text);
    }
    int line(std::string_view needle) const { return lineOf(m_text, needle); }

    TempDir m_dir;
    std::string m_text;
};

}  // namespace

TEST_F(Validator, AValidCorpusHasNoProblems) {
    writeCase(eventToml("e1", "2016-01-02", "truce", "[\"town-a\"]"));
    EXPECT_TRUE(problems(m_dir).empty());
}

TEST_F(Validator, MalformedTomlGivesTheParserLine) {
    const std::string file = writeCase("[[event]]\nid = \"e1\"\ndate = \"2016-01-02\nkind = \"truce\"\n");
    expectOne(problems(m_dir), prefix(file, line("date = \"2016"), "syntax"));
}

TEST_F(Validator, WrongTypeIsReportedAtTheKey) {
    const std::string file = writeCase(eventToml("e1", "2016-01-02", "truce", "[\"town-a\"]", "clause_count_stated = \"eight\"\n"));
    expectOne(problems(m_dir), prefix(file, line("clause_count_stated"), "event.clause_count_stated"), "expected an integer, got a string");
}

TEST_F(Validator, UnquotedTomlDateSaysToQuoteIt) {
    std::string ev = eventToml("e1", "2016-01-02", "truce", "[\"town-a\"]");
    ev.replace(ev.find("date = \"2016-01-02\""), 19, "date = 2016-01-02");
    const std::string file = writeCase(ev);
    expectOne(problems(m_dir), prefix(file, line("date = 2016"), "event.date"), "quoted");
}

TEST_F(Validator, MissingRequiredFieldIsReportedAtTheTableHeader) {
    std::string ev = eventToml("e1", "2016-01-02", "truce", "[\"town-a\"]");
    ev.erase(ev.find("title_ar"), ev.find('\n', ev.find("title_ar")) - ev.find("title_ar") + 1);
    const std::string file = writeCase(ev);
    expectOne(problems(m_dir), prefix(file, line("[[event]]"), "event.title_ar"), "missing");
}

TEST_F(Validator, UnknownKeyIsRejectedWithASuggestion) {
    const std::string file = writeCase(eventToml("e1", "2016-01-02", "truce", "[\"town-a\"]", "summery_en = \"typo\"\n"));
    expectOne(problems(m_dir), prefix(file, line("summery_en"), "event.summery_en"), "did you mean 'summary_en'");
}

TEST_F(Validator, UnknownTopLevelTableIsRejected) {
    const std::string file = m_dir.write("extra.toml", "[[plaec]]\nid = \"x\"\n");
    expectOne(problems(m_dir), prefix(file, 1, "plaec"), "did you mean 'place'");
}

TEST_F(Validator, DuplicateIdAcrossFilesNamesTheFirstDefinition) {
    const std::string first = writeCase(eventToml("e1", "2016-01-02", "truce", "[\"town-a\"]"));
    const std::string text = caseToml(2, "case-2") + eventToml("e1", "2016-02-02", "truce", "[\"town-b\"]");
    const std::string second = m_dir.write("cases/02_b.toml", text);
    expectOne(problems(m_dir), prefix(second, lineOf(text, "id = \"e1\""), "event.id"),
              "duplicate id 'e1' (first defined at " + first + ":" + std::to_string(line("[[event]]")) + ")");
}

TEST_F(Validator, DanglingPlaceReferenceSuggestsTheCloseId) {
    const std::string file = writeCase(eventToml("e1", "2016-01-02", "truce", "[\"town-c\"]"));
    expectOne(problems(m_dir), prefix(file, line("places = [\"town-c\"]"), "event.places"), "unknown place 'town-c'");
}

TEST_F(Validator, DanglingActorCategoryAndKindAreEachReported) {
    const std::string file = writeCase(eventToml("e1", "2016-01-02", "truse", "[\"town-a\"]", "guarantors = [\"egypt\"]\n",
                                                 "[[event.clause]]\nn = 1\ncategories = [\"ceasfire\"]\nen = \"x\"\nar = \"س\"\n"));
    const auto found = problems(m_dir);
    ASSERT_EQ(found.size(), 3u) << ::testing::PrintToString(found);
    EXPECT_EQ(found[0].rfind(prefix(file, line("kind = \"truse\""), "event.kind") + "unknown event kind 'truse' (did you mean 'truce'?)", 0), 0u) << found[0];
    EXPECT_EQ(found[1].rfind(prefix(file, line("guarantors"), "event.guarantors") + "unknown actor 'egypt'", 0), 0u) << found[1];
    EXPECT_EQ(found[2].rfind(prefix(file, line("categories"), "event.clause.categories") + "unknown category 'ceasfire'", 0), 0u) << found[2];
}

TEST_F(Validator, DanglingGovernorateOfAPlace) {
    const std::string text = "[[place]]\nid = \"town-z\"\nname_en = \"Z\"\nname_ar = \"ز\"\nkind = \"town\"\ngovernorate = \"homs\"\n"
                             "lat = 34.7\nlon = 36.7\nposition = \"manual\"\nposition_note = \"t\"\n";
    const std::string file = m_dir.write("places/z.toml", text);
    expectOne(problems(m_dir), prefix(file, lineOf(text, "governorate"), "place.governorate"), "unknown governorate 'homs'");
}

TEST_F(Validator, DanglingEventAndCaseInPriorities) {
    writeCase(eventToml("e1", "2016-01-02", "truce", "[\"town-a\"]"));
    const std::string text = "[[priority]]\nn = 1\nid = \"routes\"\nname_en = \"R\"\nname_ar = \"ط\"\nsummary_en = \"S\"\n"
                             "summary_ar = \"س\"\nevents = [\"e1\", \"e9\"]\ncases = [1, 7]\nsource = { section = \"4\" }\n";
    const std::string file = m_dir.write("general.toml", text);
    const auto found = problems(m_dir);
    ASSERT_EQ(found.size(), 2u) << ::testing::PrintToString(found);
    EXPECT_EQ(found[0].rfind(prefix(file, lineOf(text, "events"), "priority.events") + "unknown event 'e9'", 0), 0u) << found[0];
    EXPECT_EQ(found[1].rfind(prefix(file, lineOf(text, "cases"), "priority.cases") + "unknown case number 7", 0), 0u) << found[1];
}

TEST_F(Validator, ImpossibleDate) {
    const std::string file = writeCase(eventToml("e1", "2017-02-30", "truce", "[\"town-a\"]"));
    expectOne(problems(m_dir), prefix(file, line("date = \"2017-02-30\""), "event.date"), "impossible date: day 30 does not exist in 2017-02");
}

TEST_F(Validator, ImplausibleYear) {
    const std::string file = writeCase(eventToml("e1", "1916-05", "truce", "[\"town-a\"]"));
    expectOne(problems(m_dir), prefix(file, line("date = \"1916-05\""), "event.date"), "outside the study's period");
}

TEST_F(Validator, ReversedDateEnd) {
    const std::string file = writeCase(eventToml("e1", "2016-08-26", "truce", "[\"town-a\"]", "date_end = \"2016-07\"\n"));
    expectOne(problems(m_dir), prefix(file, line("date_end"), "event.date_end"), "ends (2016-07) before it begins (2016-08-26)");
}

TEST_F(Validator, ClauseNumberingGap) {
    const std::string clauses = "[[event.clause]]\nn = 1\ncategories = [\"ceasefire\"]\nen = \"a\"\nar = \"ا\"\n\n"
                                "[[event.clause]]\nn = 3\ncategories = [\"ceasefire\"]\nen = \"c\"\nar = \"ج\"\n";
    const std::string file = writeCase(eventToml("e1", "2016-01-02", "truce", "[\"town-a\"]", "", clauses));
    expectOne(problems(m_dir), prefix(file, line("n = 3"), "event.clause.n"), "clause numbering gap: expected 2, got 3");
}

TEST_F(Validator, DuplicateClauseNumber) {
    const std::string clauses = "[[event.clause]]\nn = 1\ncategories = [\"ceasefire\"]\nen = \"a\"\nar = \"ا\"\n\n"
                                "[[event.clause]]\nn = 1 # again\ncategories = [\"ceasefire\"]\nen = \"b\"\nar = \"ب\"\n";
    const std::string file = writeCase(eventToml("e1", "2016-01-02", "truce", "[\"town-a\"]", "", clauses));
    expectOne(problems(m_dir), prefix(file, line("n = 1 # again"), "event.clause.n"), "duplicate clause number 1");
}

TEST_F(Validator, CoordinatesOutsideSyria) {
    const std::string text = "[[place]]\nid = \"cairo\"\nname_en = \"Cairo\"\nname_ar = \"القاهرة\"\nkind = \"city\"\n"
                             "governorate = \"idlib\"\nlat = 30.04\nlon = 31.24\nposition = \"manual\"\nposition_note = \"t\"\n";
    const std::string file = m_dir.write("places/cairo.toml", text);
    const auto found = problems(m_dir);
    ASSERT_EQ(found.size(), 2u) << ::testing::PrintToString(found);
    EXPECT_EQ(found[0].rfind(prefix(file, lineOf(text, "lat ="), "place.lat") + "latitude 30.04", 0), 0u) << found[0];
    EXPECT_EQ(found[1].rfind(prefix(file, lineOf(text, "lon ="), "place.lon") + "longitude 31.24", 0), 0u) << found[1];
}

TEST_F(Validator, SwappedCoordinatesGetAHint) {
    const std::string text = "[[place]]\nid = \"x\"\nname_en = \"X\"\nname_ar = \"س\"\nkind = \"city\"\n"
                             "governorate = \"idlib\"\nlat = 40.1\nlon = 35.0\nposition = \"manual\"\nposition_note = \"t\"\n";
    m_dir.write("places/x.toml", text);
    const auto found = problems(m_dir);
    ASSERT_FALSE(found.empty());
    EXPECT_NE(found[0].find("swapped"), std::string::npos) << found[0];
}

TEST_F(Validator, NonUtf8BytesArePinpointed) {
    const std::string text = "[[actor]]\nid = \"x\"\nkind = \"state\"\nname_en = \"caf\xe9\"\nname_ar = \"س\"\n";
    const std::string file = m_dir.write("latin1.toml", text);
    expectOne(problems(m_dir), prefix(file, 4, "encoding"), "invalid UTF-8 byte 0xE9 at column 15");
}

TEST_F(Validator, EmptyEnglishOrArabicText) {
    const std::string clauses = "[[event.clause]]\nn = 1\ncategories = [\"ceasefire\"]\nen = \"a\"\nar = \"  \"\n";
    const std::string file = writeCase(eventToml("e1", "2016-01-02", "truce", "[\"town-a\"]", "", clauses));
    expectOne(problems(m_dir), prefix(file, line("ar = \"  \""), "event.clause.ar"), "is empty");
}

TEST_F(Validator, EnglishWithoutArabicTranslation) {
    const std::string file = writeCase(eventToml("e1", "2016-01-02", "truce", "[\"town-a\"]", "venue_en = \"Cairo\"\n"));
    expectOne(problems(m_dir), prefix(file, line("[[event]]"), "event.venue_ar"), "venue_en is given");
}

TEST_F(Validator, HundredMegabyteFileIsRejectedBySize) {
    const std::filesystem::path big = m_dir.path() / "huge.toml";
    {
        std::ofstream(big) << "";
    }
    std::filesystem::resize_file(big, 100u << 20);  // sparse: cheap to create
    expectOne(problems(m_dir), prefix(big.lexically_normal().string(), 1, "file"), "104857600 bytes, over the 4 MiB limit");
}

TEST_F(Validator, CaseNumbersMustBeOneToTwentyAndUnique) {
    const std::string first = writeCase("", 21);
    const std::string again = m_dir.write("cases/x.toml", caseToml(21, "other"));
    const auto found = problems(m_dir);
    // 21 twice: out of range each time, and the section "2.21" is not a section of the study.
    ASSERT_EQ(found.size(), 4u) << ::testing::PrintToString(found);
    EXPECT_EQ(found[0].rfind(prefix(first, 2, "case.n") + "21 is outside 1..20", 0), 0u) << found[0];

    TempDir dir2;
    dir2.write("base.toml", kBaseToml);
    const std::string a = dir2.write("a.toml", caseToml(5, "five"));
    const std::string b = dir2.write("b.toml", caseToml(5, "five-again"));
    expectOne(problems(dir2), prefix(b, 2, "case.n"), "duplicate number 5 (first used at " + a + ":1)");
}

TEST_F(Validator, ChosenReadingMustMatchTheEventDate) {
    const std::string readings =
        "[[event.reading]]\ndate = \"2014-06-29\"\nchosen = true\nreason_en = \"a\"\nreason_ar = \"ا\"\n\n"
        "[[event.reading]]\ndate = \"2014-05-29\"\nchosen = false\nreason_en = \"b\"\nreason_ar = \"ب\"\n";
    const std::string file = writeCase(eventToml("e1", "2014-05-29", "truce", "[\"town-a\"]", "", readings));
    expectOne(problems(m_dir), prefix(file, line("date = \"2014-06-29\""), "event.reading.date"), "differs from the event's date");
}

TEST_F(Validator, ValueOutsideItsVocabulary) {
    const std::string file = writeCase(eventToml("e1", "2016-01-02", "truce", "[\"town-a\"]", "outcome = \"succeeded\"\n"));
    expectOne(problems(m_dir), prefix(file, line("outcome = \"succeeded\""), "event.outcome"), "is not one of: implemented");
}

TEST_F(Validator, ReportsEveryProblemInOneRun) {
    writeCase(eventToml("e1", "2017-02-30", "truse", "[\"town-c\"]", "summery_en = \"x\"\n"));
    m_dir.write("bad.toml", "x = [");
    EXPECT_EQ(problems(m_dir).size(), 5u);
}

TEST(ValidatorRealData, WritersSourcesValidate) {
    const LoadResult result = loadCorpus(realDataDir());
    EXPECT_TRUE(result.diagnostics.empty()) << result.diagnostics.formatAll();
}
