#include "search_query.hpp"
#include "store.hpp"

#include <set>
#include <tuple>

namespace ta::corpus {

std::vector<SearchHit> CorpusDatabase::search(std::string_view userText, int limit) {
    std::vector<SearchHit> hits;
    const QueryWords query = parseQueryWords(userText);
    const std::string match = ftsQuery(query);
    if (match.empty() || limit <= 0) return hits;
    // Several texts of one entry can match (name and alias, English and Arabic): fetch more rows
    // than asked and keep each entry's best.
    Statement st = m_db.prepare(
        "SELECT kind, ref, clause, field, original, bm25(search) AS score FROM search"
        " WHERE search MATCH ar_norm(?) ORDER BY score LIMIT ?");
    st.bind(1, match).bind(2, static_cast<int64_t>(limit) * 8);
    std::set<std::tuple<std::string, std::string, int>> seen;
    while (st.step() && static_cast<int>(hits.size()) < limit) {
        SearchHit hit{st.text(0), st.text(1), static_cast<int>(st.integer(2)), st.text(3), {}, st.real(5)};
        if (!seen.emplace(hit.kind, hit.id, hit.clause).second) continue;
        hit.snippet = markSnippet(st.text(4), query);
        hits.push_back(std::move(hit));
    }
    return hits;
}

}  // namespace ta::corpus
