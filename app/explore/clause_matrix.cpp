#include "explore/clause_matrix.hpp"

#include "explore/filter_sets.hpp"

#include <algorithm>

namespace ta::explore {

int ClauseMatrix::columnOf(uint32_t category) const {
    const auto it = std::find(columns.begin(), columns.end(), category);
    return it == columns.end() ? -1 : static_cast<int>(it - columns.begin());
}

ClauseMatrix buildClauseMatrix(const corpus::Corpus& corpus, const Filters& filters, bool keepEmptyColumns) {
    const auto& categories = corpus.taxonomy().categories;
    // First a full-width pass (one slot per taxonomy category), then drop unused columns.
    std::vector<std::vector<std::vector<int>>> full;
    std::vector<uint32_t> events;
    std::vector<int> used(categories.size(), 0);
    const std::vector<uint8_t> pass = passingEvents(filters, corpus);
    for (size_t e = 0; e < corpus.events().size(); ++e) {
        const corpus::Event& event = corpus.events()[e];
        if (event.clauses.empty() || !pass[e]) continue;
        std::vector<std::vector<int>> cells(categories.size());
        for (const corpus::Clause& clause : event.clauses) {
            for (const std::string& cat : clause.categories) {
                const auto it = std::find_if(categories.begin(), categories.end(),
                                             [&](const corpus::Term& t) { return t.id == cat; });
                if (it == categories.end()) continue;  // the validator rejects these; never crash on them
                std::vector<int>& cell = cells[static_cast<size_t>(it - categories.begin())];
                if (std::find(cell.begin(), cell.end(), clause.n) == cell.end()) cell.push_back(clause.n);
            }
        }
        for (size_t c = 0; c < cells.size(); ++c) {
            std::sort(cells[c].begin(), cells[c].end());
            if (!cells[c].empty()) ++used[c];
        }
        full.push_back(std::move(cells));
        events.push_back(static_cast<uint32_t>(e));
    }

    ClauseMatrix m;
    for (size_t c = 0; c < categories.size(); ++c)
        if (keepEmptyColumns || used[c] > 0) {
            m.columns.push_back(static_cast<uint32_t>(c));
            m.columnRows.push_back(used[c]);
        }
    for (size_t r = 0; r < full.size(); ++r) {
        ClauseMatrix::Row row;
        row.event = events[r];
        for (uint32_t c : m.columns) row.cells.push_back(std::move(full[r][c]));
        m.rows.push_back(std::move(row));
    }
    return m;
}

const corpus::Clause* findClause(const corpus::Event& event, int n) {
    for (const corpus::Clause& c : event.clauses)
        if (c.n == n) return &c;
    return nullptr;
}

}  // namespace ta::explore
