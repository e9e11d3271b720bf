#include "explore/search_index.hpp"

#include "error.hpp"

#include <algorithm>
#include <cstdlib>
#include <string>

#include <unistd.h>

namespace ta::explore {

namespace fs = std::filesystem;

namespace {

bool names(const std::vector<std::string>& ids, std::string_view id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

fs::path makePrivateDir() {
    std::string pattern = (fs::temp_directory_path() / "truce-atlas-search-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw Error(pattern, "cannot create a directory for the search index");
    return pattern;
}

}  // namespace

SearchResult resolveHit(const corpus::Corpus& corpus, corpus::SearchHit hit) {
    SearchResult r;
    if (hit.kind == "event" || hit.kind == "clause") {
        r.event = corpus.eventIndex(hit.id);
        if (hit.kind == "clause" && r.event >= 0) r.clause = hit.clause;
    } else if (hit.kind == "place") {
        r.place = corpus.placeIndex(hit.id);
    } else if (hit.kind == "case") {
        r.caseIndex = corpus.caseIndexById(hit.id);
    } else if (hit.kind == "actor") {
        r.actor = corpus.actorIndex(hit.id);
    } else if (hit.kind == "zone") {
        r.zone = corpus.zoneIndex(hit.id);
    }
    r.hit = std::move(hit);
    return r;
}

std::vector<uint32_t> eventsOfActor(const corpus::Corpus& corpus, std::string_view actorId) {
    std::vector<uint32_t> out;
    for (size_t e = 0; e < corpus.events().size(); ++e) {
        const corpus::Event& ev = corpus.events()[e];
        if (names(ev.parties, actorId) || names(ev.mediators, actorId) || names(ev.guarantors, actorId))
            out.push_back(static_cast<uint32_t>(e));
    }
    return out;
}

SearchIndex::SearchIndex(const corpus::Corpus& corpus) : m_corpus(corpus), m_dir(makePrivateDir()) {
    try {
        const fs::path db = m_dir / "search.sqlite";
        corpus::buildDatabase(corpus, db);
        m_db = std::make_unique<corpus::CorpusDatabase>(db);
    } catch (...) {
        std::error_code ec;
        fs::remove_all(m_dir, ec);
        throw;
    }
}

SearchIndex::~SearchIndex() {
    m_db.reset();  // close before removing the file
    std::error_code ec;
    fs::remove_all(m_dir, ec);
}

std::vector<SearchResult> SearchIndex::search(std::string_view userText, int limit) {
    std::vector<SearchResult> out;
    for (corpus::SearchHit& hit : m_db->search(userText, limit)) out.push_back(resolveHit(m_corpus, std::move(hit)));
    return out;
}

}  // namespace ta::explore
