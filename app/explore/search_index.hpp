#pragma once
// Search over places, parties, cases, zones, events and clauses in English and Arabic, through the
// corpus store's FTS5 index (corpus/store.hpp: Arabic folded the same way on insert and query, so
// 'داريا', 'داريّا' and 'Daraya' all find Daraya), with each hit resolved to what it selects.
//
// Why a private database: the window's corpus may come from corpus.sqlite, from --corpus, or from
// the TOML sources when no database was built. Building the index from the corpus in memory
// guarantees that search sees exactly what the map shows, whatever its source. It is built once, on
// the first search: a median of 106 ms wall, 32 ms CPU (the rest is the atomic write's sync) on the
// 2-core CI machine under load (bench/explore_bench, BM_BuildSearchIndex); a search then takes
// well under a millisecond (BM_Search: median 0.45 ms wall).

#include "model.hpp"
#include "store.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ta::explore {

/// A hit and the corpus entries it stands for (indices; -1 = none).
struct SearchResult {
    corpus::SearchHit hit;
    int event = -1;      // event and clause hits
    int clause = 0;      // clause hits: the clause number
    int place = -1;      // place hits
    int caseIndex = -1;  // case hits (into corpus.cases())
    int actor = -1;      // actor hits (parties, mediators, guarantors)
    int zone = -1;       // zone hits
};

/// Resolves a hit's kind and id against `corpus`; every index stays -1 when the id is unknown.
SearchResult resolveHit(const corpus::Corpus& corpus, corpus::SearchHit hit);

/// Events naming the actor as party, mediator or guarantor, in day order.
std::vector<uint32_t> eventsOfActor(const corpus::Corpus& corpus, std::string_view actorId);

class SearchIndex {
public:
    /// Builds the FTS5 database of `corpus` in a private temporary directory, removed with the
    /// index. Throws ta::Error naming the file when it cannot be written or opened. `corpus` must
    /// outlive the index.
    explicit SearchIndex(const corpus::Corpus& corpus);
    ~SearchIndex();
    SearchIndex(const SearchIndex&) = delete;
    SearchIndex& operator=(const SearchIndex&) = delete;

    /// Ranked, resolved results for what the user typed (see CorpusDatabase::search).
    std::vector<SearchResult> search(std::string_view userText, int limit = 50);

private:
    const corpus::Corpus& m_corpus;
    std::filesystem::path m_dir;
    std::unique_ptr<corpus::CorpusDatabase> m_db;
};

}  // namespace ta::explore
