#pragma once
// Where each key of each table was written, so that checks run after loading (references across
// files, dates, numbering) can still point at the exact line of the offending key.

#include "diagnostics.hpp"
#include "model.hpp"

#include <string>
#include <string_view>
#include <unordered_map>

namespace ta::corpus {

class SourceLines {
public:
    void record(const SourceRef& table, std::string_view key, int line) { m_lines[makeKey(table, key)] = line; }
    /// The line of `key` in the table defined at `table`, or the table's own line when unknown.
    int of(const SourceRef& table, std::string_view key) const {
        const auto it = m_lines.find(makeKey(table, key));
        return it == m_lines.end() ? table.line : it->second;
    }

private:
    static std::string makeKey(const SourceRef& table, std::string_view key) {
        return table.file + '\n' + std::to_string(table.line) + '\n' + std::string(key);
    }
    std::unordered_map<std::string, int> m_lines;
};

/// What the readers write to: the problems found and the lines of the keys read.
struct ReadContext {
    Diagnostics& diags;
    SourceLines& lines;
};

}  // namespace ta::corpus
