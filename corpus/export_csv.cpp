#include "exporter.hpp"

#include "timeline.hpp"

namespace ta::corpus {

namespace {

/// RFC 4180: quote a field that holds a comma, a quote or a line break; double inner quotes.
std::string csvField(std::string_view value) {
    if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string joined(const std::vector<std::string>& values) {
    std::string out;
    for (const std::string& v : values) out += (out.empty() ? "" : ";") + v;
    return out;
}

void appendRow(std::string& out, const std::vector<std::string>& fields) {
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i) out += ',';
        out += csvField(fields[i]);
    }
    out += "\r\n";
}

}  // namespace

std::string exportCsv(const Corpus& corpus) {
    std::string out;
    appendRow(out, {"id", "case", "date", "date_precision", "date_qualifier", "date_end", "kind", "phase", "model", "title_en",
                    "title_ar", "places", "parties", "mediators", "guarantors", "venue_en", "venue_ar", "outcome",
                    "clause_count", "clause_count_stated", "people_moved", "source_section", "source_paragraph",
                    "source_lines"});
    for (const Event& e : corpus.events()) {
        const std::string lines = e.source.lineFirst ? std::to_string(e.source.lineFirst) + "-" + std::to_string(e.source.lineLast) : "";
        appendRow(out, {e.id, e.caseN ? std::to_string(e.caseN) : "", e.date.iso(), std::string(toString(e.date.precision)),
                        std::string(toString(e.date.qualifier)), e.dateEnd ? e.dateEnd->iso() : "", e.kind, e.phase,
                        e.model ? std::to_string(e.model) : "", e.titleEn, e.titleAr, joined(e.places), joined(e.parties),
                        joined(e.mediators), joined(e.guarantors), e.venueEn, e.venueAr, e.outcome,
                        std::to_string(e.clauses.size()), e.clauseCountStated ? std::to_string(*e.clauseCountStated) : "",
                        std::to_string(peopleMoved(e)), e.source.section,
                        e.source.paragraph ? std::to_string(e.source.paragraph) : "", lines});
    }
    return out;
}

}  // namespace ta::corpus
