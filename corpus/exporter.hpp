#pragma once
// The corpus in open formats: JSON (everything, for scripts), GeoJSON (places with their events as
// points, flows as lines, for QGIS or kepler.gl) and CSV (one row per event, RFC 4180).

#include "model.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace ta::corpus {

enum class ExportFormat { Json, GeoJson, Csv };

/// "json", "geojson" or "csv".
std::optional<ExportFormat> parseExportFormat(std::string_view name);

/// Top-level keys: cases, events, places, zones, actors, governorates, models, priorities, taxonomy.
std::string exportJson(const Corpus& corpus);
/// A FeatureCollection: one Point per place (properties: id, names, kind, governorate, events) and
/// one LineString per flow (properties: event, from, to, who, count, date).
std::string exportGeoJson(const Corpus& corpus);
/// One row per event, header first, CRLF line ends, fields quoted when they need it.
std::string exportCsv(const Corpus& corpus);

std::string exportCorpus(const Corpus& corpus, ExportFormat format);

}  // namespace ta::corpus
