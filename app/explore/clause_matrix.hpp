#pragma once
// The clause-comparison matrix the study was written for: agreements (events with clauses) as
// rows, by date, against the taxonomy's clause categories as columns; each cell lists the numbers
// of the agreement's clauses in that category. Pure: no ImGui, no GL.

#include "filters.hpp"
#include "model.hpp"

#include <cstdint>
#include <vector>

namespace ta::explore {

struct ClauseMatrix {
    struct Row {
        uint32_t event = 0;                  // index into corpus.events()
        std::vector<std::vector<int>> cells;  // per column: clause numbers, ascending
    };
    std::vector<uint32_t> columns;  // indices into taxonomy().categories, in taxonomy order
    std::vector<Row> rows;          // in the corpus's event order (by representative day)
    std::vector<int> columnRows;    // per column: how many rows hold the category

    /// The column of a category index, or -1 when it is not shown.
    int columnOf(uint32_t category) const;
};

/// Rows: the events that pass `filters` and have at least one clause. Columns: every category of the
/// taxonomy when `keepEmptyColumns`, else only those some row holds.
ClauseMatrix buildClauseMatrix(const corpus::Corpus& corpus, const Filters& filters, bool keepEmptyColumns = false);

/// The clause numbered `n` in `event`, or nullptr.
const corpus::Clause* findClause(const corpus::Event& event, int n);

}  // namespace ta::explore
