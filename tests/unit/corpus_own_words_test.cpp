// Every text of the corpus must be in our own words: no run of 8 or more consecutive words may be
// copied from the study. Words are compared after the normalisation of shared/hooks/own_words.py:
// harakat and tatweel stripped, alef forms, alef maqsura and teh marbuta unified, lower case, words
// being runs of [\w\u0600-\u06FF].

#include "arabic_normalize.hpp"
#include "corpus_test_support.hpp"
#include "load_corpus.hpp"
#include "utf8.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <unordered_set>

using namespace ta::corpus;
using namespace ta::corpus::test;

namespace {

constexpr size_t kRun = 8;

/// Python's `[\w\u0600-\u06FF]`: letters, digits, underscore, and the whole Arabic block.
bool isStudyWordChar(char32_t cp) {
    if (cp == '_') return true;
    if (cp >= 0x0600 && cp <= 0x06FF) return true;
    return isWordChar(cp);
}

std::vector<std::string> studyWords(std::string_view text) {
    const std::string folded = foldForSearch(text);
    std::vector<std::string> words;
    std::string current;
    size_t pos = 0;
    while (pos < folded.size()) {
        const size_t at = pos;
        const char32_t cp = decodeUtf8(folded, pos);
        if (isStudyWordChar(cp)) {
            current.append(folded, at, pos - at);
        } else if (!current.empty()) {
            words.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty()) words.push_back(std::move(current));
    return words;
}

std::string joinRun(const std::vector<std::string>& words, size_t from, size_t to, char sep) {
    std::string out;
    for (size_t i = from; i < to; ++i) {
        if (i > from) out += sep;
        out += words[i];
    }
    return out;
}

class StudyRuns {
public:
    explicit StudyRuns(std::string_view seed) {
        const auto words = studyWords(seed);
        for (size_t i = 0; i + kRun <= words.size(); ++i) m_runs.insert(joinRun(words, i, i + kRun, '\x1f'));
    }
    bool empty() const { return m_runs.empty(); }
    /// The copied runs found in `text`, as space-joined words (each maximal run once).
    std::vector<std::string> copied(std::string_view text) const {
        const auto words = studyWords(text);
        std::vector<std::string> found;
        size_t i = 0;
        while (i + kRun <= words.size()) {
            if (!m_runs.count(joinRun(words, i, i + kRun, '\x1f'))) {
                ++i;
                continue;
            }
            size_t end = i + kRun;
            while (end < words.size() && m_runs.count(joinRun(words, end + 1 - kRun, end + 1, '\x1f'))) ++end;
            found.push_back(joinRun(words, i, end, ' '));
            i = end;
        }
        return found;
    }

private:
    std::unordered_set<std::string> m_runs;
};

struct Text {
    SourceRef def;
    std::string field;
    const std::string* text;
};

/// Every piece of prose and every name of the corpus, with where it is defined.
std::vector<Text> allTexts(const Corpus& c) {
    std::vector<Text> out;
    const auto add = [&](const SourceRef& def, std::string field, const std::string& text) {
        if (!text.empty()) out.push_back({def, std::move(field), &text});
    };
    for (const auto* terms : {&c.taxonomy().categories, &c.taxonomy().eventKinds, &c.taxonomy().statuses, &c.taxonomy().numberKinds})
        for (const Term& t : *terms) {
            add(t.def, "taxonomy " + t.id + ".en", t.en);
            add(t.def, "taxonomy " + t.id + ".ar", t.ar);
            add(t.def, "taxonomy " + t.id + ".description", t.description);
        }
    for (const Case& x : c.cases()) {
        add(x.def, "case.name_en", x.nameEn);
        add(x.def, "case.name_ar", x.nameAr);
        add(x.def, "case.summary_en", x.summaryEn);
        add(x.def, "case.summary_ar", x.summaryAr);
    }
    for (const Event& e : c.events()) {
        const std::string p = "event " + e.id + ".";
        for (auto [name, text] : {std::pair{"title_en", &e.titleEn}, {"title_ar", &e.titleAr}, {"summary_en", &e.summaryEn},
                                  {"summary_ar", &e.summaryAr}, {"date_note_en", &e.dateNoteEn}, {"date_note_ar", &e.dateNoteAr},
                                  {"outcome_note_en", &e.outcomeNoteEn}, {"outcome_note_ar", &e.outcomeNoteAr},
                                  {"venue_en", &e.venueEn}, {"venue_ar", &e.venueAr}, {"phase", &e.phase}})
            add(e.def, p + name, *text);
        for (const Reading& r : e.readings) {
            add(r.def, p + "reading.reason_en", r.reasonEn);
            add(r.def, p + "reading.reason_ar", r.reasonAr);
        }
        for (const Number& n : e.numbers) {
            add(n.def, p + "number.note_en", n.noteEn);
            add(n.def, p + "number.note_ar", n.noteAr);
        }
        for (const Flow& f : e.flows) {
            add(f.def, p + "flow.note_en", f.noteEn);
            add(f.def, p + "flow.note_ar", f.noteAr);
        }
        for (const Clause& cl : e.clauses) {
            add(cl.def, p + "clause " + std::to_string(cl.n) + ".en", cl.en);
            add(cl.def, p + "clause " + std::to_string(cl.n) + ".ar", cl.ar);
        }
    }
    for (const Place& x : c.places()) {
        add(x.def, "place.name_en", x.nameEn);
        add(x.def, "place.name_ar", x.nameAr);
        add(x.def, "place.position_note", x.positionNote);
        for (const std::string& a : x.aliases) add(x.def, "place.aliases", a);
    }
    for (const Actor& x : c.actors()) {
        add(x.def, "actor.name_en", x.nameEn);
        add(x.def, "actor.name_ar", x.nameAr);
    }
    for (const Zone& x : c.zones()) {
        add(x.def, "zone.name_en", x.nameEn);
        add(x.def, "zone.name_ar", x.nameAr);
        add(x.def, "zone.summary_en", x.summaryEn);
        add(x.def, "zone.summary_ar", x.summaryAr);
    }
    for (const Model& x : c.models()) {
        add(x.def, "model.name_en", x.nameEn);
        add(x.def, "model.name_ar", x.nameAr);
        add(x.def, "model.summary_en", x.summaryEn);
        add(x.def, "model.summary_ar", x.summaryAr);
    }
    for (const Priority& x : c.priorities()) {
        add(x.def, "priority.name_en", x.nameEn);
        add(x.def, "priority.name_ar", x.nameAr);
        add(x.def, "priority.summary_en", x.summaryEn);
        add(x.def, "priority.summary_ar", x.summaryAr);
    }
    return out;
}

std::string readSeed() {
    std::ifstream in(sharedDir() / "seed" / "000_501a72c81f22ba6a.txt", std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

bool seedPresent() { return std::filesystem::exists(sharedDir() / "seed" / "000_501a72c81f22ba6a.txt"); }

}  // namespace

TEST(OwnWords, WordsAreNormalisedLikeTheHook) {
    EXPECT_EQ(studyWords("أَحْمَدُ، ومدرسةٌ إلى الـمـدرسة"), (std::vector<std::string>{"احمد،", "ومدرسه", "الي", "المدرسه"}));
    EXPECT_EQ(studyWords("Daraya's DEAL_2016"), (std::vector<std::string>{"daraya", "s", "deal_2016"}));
}

TEST(OwnWords, DetectsACopiedRun) {
    if (!seedPresent()) GTEST_SKIP() << "../shared/seed is absent: cannot compare the corpus with the study";
    const std::string seed = readSeed();
    const StudyRuns runs(seed);
    ASSERT_FALSE(runs.empty());
    const auto words = studyWords(seed);
    ASSERT_GT(words.size(), 1000u);
    const std::string copied = "Our own words: " + joinRun(words, 500, 510, ' ') + " and more.";
    const auto found = runs.copied(copied);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0], joinRun(words, 500, 510, ' '));
    EXPECT_TRUE(runs.copied(joinRun(words, 500, 507, ' ')).empty());  // 7 words are allowed
}

TEST(OwnWords, NoCorpusTextCopiesEightWordsFromTheStudy) {
    if (!seedPresent()) GTEST_SKIP() << "../shared/seed is absent: cannot compare the corpus with the study";
    const StudyRuns runs(readSeed());
    const LoadResult result = loadCorpus(realDataDir());
    ASSERT_TRUE(result.corpus) << result.diagnostics.formatAll();
    size_t checked = 0;
    for (const Text& t : allTexts(*result.corpus)) {
        ++checked;
        for (const std::string& run : runs.copied(*t.text))
            ADD_FAILURE() << t.def.file << ":" << t.def.line << ": " << t.field << ": " << studyWords(run).size()
                          << " words copied from the study: " << run;
    }
    EXPECT_GT(checked, 500u);
}
