#pragma once
// Checks that need the whole corpus at once: duplicate ids across files, references between
// entries (places, actors, categories, kinds, governorates, cases, events, models), dates in order,
// clause numbering, coordinates inside Syria, case numbers 1..20. Per-table checks (types, missing
// fields, unknown keys, empty text, impossible dates) are done while reading (toml_reader.hpp).

#include "diagnostics.hpp"
#include "model.hpp"
#include "source_lines.hpp"

namespace ta::corpus {

/// Syria's bounding box; every place must fall inside it.
struct GeoBounds {
    double lonMin = 35.5;
    double lonMax = 42.5;
    double latMin = 32.2;
    double latMax = 37.5;
};
inline constexpr GeoBounds kSyriaBounds{};

/// The study's time frame, generously: dates outside it are typos (a displaced digit in the seed).
inline constexpr int kFirstPlausibleYear = 2000;
inline constexpr int kLastPlausibleYear = 2030;

/// Appends every problem found to `diags`; `lines` gives the line of each key for the messages.
void validateCorpus(const CorpusData& data, const SourceLines& lines, Diagnostics& diags);

}  // namespace ta::corpus
