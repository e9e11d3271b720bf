#pragma once
// Problems found in the corpus sources, each pointing at a file, a line and a field, printed as
// "file:line: field: what is wrong" so that editors and terminals can jump to them.

#include <string>
#include <string_view>
#include <vector>

namespace ta::corpus {

struct Diagnostic {
    std::string file;
    int line = 1;
    std::string field;  // the TOML key path ("event.date", "place.lat") or "syntax", "encoding", "file"
    std::string message;

    std::string format() const;
    friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

/// Collects diagnostics; loading and validating go on after a problem so that one run reports all.
class Diagnostics {
public:
    void add(std::string file, int line, std::string field, std::string message);
    void add(Diagnostic d) { m_items.push_back(std::move(d)); }

    bool empty() const { return m_items.empty(); }
    size_t size() const { return m_items.size(); }
    const std::vector<Diagnostic>& items() const { return m_items; }
    /// Ordered by file, then line, so output is stable whatever order the checks ran in.
    std::vector<Diagnostic> sorted() const;
    /// Every diagnostic, one per line, sorted.
    std::string formatAll() const;

private:
    std::vector<Diagnostic> m_items;
};

/// " (did you mean 'x'?)" for the candidate within two edits of `name`, else "".
template <class Range>
std::string didYouMean(std::string_view name, const Range& candidates);
size_t editDistance(std::string_view a, std::string_view b);

template <class Range>
std::string didYouMean(std::string_view name, const Range& candidates) {
    std::string_view best;
    size_t bestDistance = 3;  // only close matches help; distant ones mislead
    for (const auto& candidate : candidates) {
        const std::string_view c(candidate);
        if (const size_t d = editDistance(name, c); d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best.empty() ? std::string() : " (did you mean '" + std::string(best) + "'?)";
}

}  // namespace ta::corpus
