#include "diagnostics.hpp"

#include <algorithm>

namespace ta::corpus {

size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

std::string Diagnostic::format() const {
    return file + ":" + std::to_string(line) + ": " + field + ": " + message;
}

void Diagnostics::add(std::string file, int line, std::string field, std::string message) {
    m_items.push_back(Diagnostic{std::move(file), line < 1 ? 1 : line, std::move(field), std::move(message)});
}

std::vector<Diagnostic> Diagnostics::sorted() const {
    std::vector<Diagnostic> out = m_items;
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.file != b.file ? a.file < b.file : a.line < b.line;
    });
    return out;
}

std::string Diagnostics::formatAll() const {
    std::string text;
    for (const Diagnostic& d : sorted()) text += d.format() + "\n";
    return text;
}

}  // namespace ta::corpus
