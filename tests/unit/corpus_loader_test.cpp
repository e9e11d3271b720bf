#include "corpus_test_support.hpp"
#include "error.hpp"
#include "load_corpus.hpp"
#include "source_loader.hpp"

#include <gtest/gtest.h>


using namespace ta;
using namespace ta::corpus;
using namespace ta::corpus::test;

TEST(CorpusLoader, ReadsEveryEntityWithItsSourceLine) {
    TempDir dir;
    dir.write("base.toml", kBaseToml);
    const std::string text = caseToml(3, "case-c") +
                             eventToml("c-final", "2016-08-26", "final_settlement", "[\"town-a\"]",
                                       "guarantors = [\"russia\"]\nvenue_en = \"Cairo\"\nvenue_ar = \"القاهرة\"\nclause_count_stated = 4\n",
                                       "[[event.number]]\nwhat = \"fighters\"\nvalue = 700\nmax = 800\napprox = true\n\n"
                                       "[[event.flow]]\nfrom = \"town-a\"\nto = \"idlib\"\nwho = \"fighters\"\ncount = 700\n\n"
                                       "[[event.clause]]\nn = 1\ncategories = [\"ceasefire\"]\nen = \"Stop.\"\nar = \"توقف.\"\n\n"
                                       "[[event.clause]]\nn = 2\ncategories = [\"departure_north\", \"ceasefire\"]\nen = \"Go.\"\nar = \"اذهب.\"\n") +
                             eventToml("c-truce", "2014-05", "truce", "[\"town-a\"]", "date_qualifier = \"early\"\ndate_end = \"2014-09\"\n");
    const std::string file = dir.write("cases/03_c.toml", text);

    LoadResult result = loadCorpus(dir.path());
    ASSERT_TRUE(result.corpus) << result.diagnostics.formatAll();
    const Corpus& c = *result.corpus;
    ASSERT_EQ(c.cases().size(), 1u);
    EXPECT_EQ(c.cases()[0].n, 3);
    EXPECT_EQ(c.cases()[0].source.section, "2.3");
    EXPECT_EQ(c.cases()[0].def, (SourceRef{file, 1}));
    ASSERT_EQ(c.events().size(), 2u);
    // Sorted by representative day: the 2014 truce comes first although it is written second.
    EXPECT_EQ(c.events()[0].id, "c-truce");
    EXPECT_EQ(c.events()[0].date.precision, DatePrecision::Month);
    EXPECT_EQ(c.events()[0].date.qualifier, DateQualifier::Early);
    ASSERT_TRUE(c.events()[0].dateEnd);
    EXPECT_EQ(c.events()[0].dateEnd->iso(), "2014-09");

    const Event* e = c.findEvent("c-final");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->caseN, 3);
    EXPECT_EQ(e->def.line, lineOf(text, "[[event]]\nid = \"c-final\""));
    EXPECT_EQ(e->guarantors, std::vector<std::string>{"russia"});
    EXPECT_EQ(e->venueAr, "القاهرة");
    EXPECT_EQ(e->clauseCountStated, 4);
    ASSERT_EQ(e->numbers.size(), 1u);
    EXPECT_EQ(e->numbers[0].value, 700);
    EXPECT_EQ(e->numbers[0].max, 800);
    EXPECT_TRUE(e->numbers[0].approx);
    ASSERT_EQ(e->flows.size(), 1u);
    EXPECT_EQ(e->flows[0].count, 700);
    ASSERT_EQ(e->clauses.size(), 2u);
    EXPECT_EQ(e->clauses[1].categories, (std::vector<std::string>{"departure_north", "ceasefire"}));
    EXPECT_EQ(e->clauses[1].def.line, lineOf(text, "[[event.clause]]\nn = 2"));

    EXPECT_EQ(c.places().size(), 3u);
    EXPECT_EQ(c.eventsOfPlace(static_cast<size_t>(c.placeIndex("town-a"))).size(), 2u);
    EXPECT_EQ(c.flowsFromPlace(static_cast<size_t>(c.placeIndex("town-a"))).size(), 1u);
    EXPECT_EQ(c.eventsOfCase(0).size(), 2u);
    EXPECT_EQ(c.clauseCount(), 2u);
    EXPECT_NE(c.findCategory("ceasefire"), nullptr);
    EXPECT_EQ(c.findPlace("nowhere"), nullptr);
}

TEST(CorpusLoader, ListsTomlFilesRecursivelyInPathOrderSkippingHiddenOnes) {
    TempDir dir;
    dir.write("b.toml", "");
    dir.write("a/z.toml", "");
    dir.write("a/notes.txt", "not a source");
    dir.write(".hidden.toml", "garbage = ");
    dir.write(".git/x.toml", "garbage = ");
    const auto files = listSourceFiles(dir.path());
    ASSERT_EQ(files.size(), 2u);
    EXPECT_EQ(files[0].filename(), "z.toml");
    EXPECT_EQ(files[1].filename(), "b.toml");
}

TEST(CorpusLoader, MissingDirectoryIsARuntimeErrorNamingIt) {
    try {
        loadSources("/nonexistent/corpus/dir");
        FAIL() << "expected ta::Error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("/nonexistent/corpus/dir"), std::string::npos);
    }
}

TEST(CorpusLoader, ParsesABufferAndNeverThrowsOnGarbage) {
    CorpusData data;
    Diagnostics diags;
    SourceLines lines;
    ReadContext ctx{diags, lines};
    loadSourceText(kBaseToml, "mem.toml", data, ctx);
    EXPECT_TRUE(diags.empty()) << diags.formatAll();
    EXPECT_EQ(data.places.size(), 3u);

    // A few hostile buffers: none may throw or crash, each must produce a diagnostic.
    const std::string inputs[] = {std::string("\0\xff\xfe", 3), "[[event]]\n[[event.clause]]\nn = \"x\"\n", "a = [1, 2",
                                  "[case]\nn = 99999999999999999999\n", "place = 3\n", "[[place]]\nlat = nan\nlon = inf\n"};
    for (const std::string& input : inputs) {
        Diagnostics d;
        ReadContext c{d, lines};
        EXPECT_NO_THROW(loadSourceText(input, "fuzz.toml", data, c));
        EXPECT_FALSE(d.empty()) << input;
    }
}

TEST(CorpusLoader, RealSourcesParseWithoutSyntaxOrEncodingProblems) {
    const LoadedSources sources = loadSources(realDataDir());
    EXPECT_GE(sources.files.size(), 3u);
    for (const Diagnostic& d : sources.diagnostics.items())
        EXPECT_TRUE(d.field != "syntax" && d.field != "encoding" && d.field != "file") << d.format();
    EXPECT_FALSE(sources.data.taxonomy.categories.empty());
}

// Its speed is measured by bench/ (corpus benchmarks), not asserted here: CI machines are noisy.
TEST(CorpusLoader, RealCorpusLoadsAndHoldsAllTwentyCases) {
    const LoadResult result = loadCorpus(realDataDir());
    ASSERT_TRUE(result.corpus) << result.diagnostics.formatAll();
    const Corpus& c = *result.corpus;
    ASSERT_EQ(c.cases().size(), 20u);
    for (int n = 1; n <= 20; ++n) EXPECT_NE(c.findCase(n), nullptr) << "case " << n;
    // Both languages: every event's phase label has its Arabic.
    for (const Event& e : c.events()) EXPECT_EQ(e.phase.empty(), e.phaseAr.empty()) << e.id << ": phase and phase_ar";
    EXPECT_EQ(c.findCase(14)->id, "daraya");
    EXPECT_GE(c.events().size(), 80u);
    EXPECT_GE(c.clauseCount(), 100u);
    for (size_t i = 1; i < c.events().size(); ++i) EXPECT_LE(c.events()[i - 1].day(), c.events()[i].day());
    EXPECT_EQ(c.models().size(), 3u);
    EXPECT_EQ(c.priorities().size(), 7u);
    EXPECT_GE(c.zones().size(), 4u);
}
