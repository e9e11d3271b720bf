// Fuzz target: arbitrary bytes as one corpus source file, read beside a small valid base corpus
// (tests/unit/corpus_test_support.hpp) so that references can resolve and the validator and, when
// the whole is valid, the timeline and the exporters get to run on what the parser produced.

#include "corpus_test_support.hpp"
#include "exporter.hpp"
#include "fuzz_targets.hpp"
#include "model.hpp"
#include "source_loader.hpp"
#include "timeline.hpp"
#include "validator.hpp"

#include <string>

namespace ta::fuzz {

namespace {

constexpr const char* kFuzzFile = "fuzz.toml";
constexpr const char* kBaseFile = "base.toml";

// Every message must point at a file we gave and a real line, with a field: "file:line: field: ...".
void checkDiagnostics(const corpus::Diagnostics& diags, size_t inputLines) {
    for (const corpus::Diagnostic& d : diags.items()) {
        require(d.file == kFuzzFile || d.file == kBaseFile, "diagnostic names an unknown file: " + d.format());
        require(d.line >= 1, "diagnostic without a line: " + d.format());
        if (d.file == kFuzzFile) require(static_cast<size_t>(d.line) <= inputLines + 1, "diagnostic line past the end: " + d.format());
        require(!d.field.empty() && !d.message.empty(), "diagnostic without a field or message: " + d.format());
    }
}

}  // namespace

int corpusSource(const uint8_t* data, size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    size_t lines = 1;
    for (char c : bytes) lines += c == '\n';

    // The base is parsed once; each input starts from a copy of it.
    struct Base {
        corpus::CorpusData data;
        corpus::SourceLines lines;
    };
    static const Base base = [] {
        Base b;
        corpus::Diagnostics diags;
        corpus::ReadContext ctx{diags, b.lines};
        corpus::loadSourceText(corpus::test::kBaseToml, kBaseFile, b.data, ctx);
        require(diags.empty(), "the base corpus does not load cleanly: " + diags.formatAll());
        return b;
    }();
    corpus::CorpusData corpusData = base.data;
    corpus::SourceLines sourceLines = base.lines;
    corpus::Diagnostics diags;
    corpus::ReadContext ctx{diags, sourceLines};
    corpus::loadSourceText(bytes, kFuzzFile, corpusData, ctx);
    checkDiagnostics(diags, lines);
    corpus::validateCorpus(corpusData, sourceLines, diags);
    checkDiagnostics(diags, lines);
    (void)diags.formatAll();
    if (!diags.empty()) return 0;

    // Valid: everything downstream must cope with whatever the parser accepted.
    const corpus::Corpus whole(std::move(corpusData));
    corpus::TimelineState state;
    for (int year = 2011; year <= 2019; ++year) corpus::stateAt(whole, dayFromCivil(year, 6, 15), state);
    (void)corpus::changesBetween(whole, dayFromCivil(2012, 1, 1), dayFromCivil(2019, 1, 1));
    (void)corpus::exportCorpus(whole, corpus::ExportFormat::Json);
    (void)corpus::exportCorpus(whole, corpus::ExportFormat::Csv);
    return 0;
}

}  // namespace ta::fuzz
