#include "corpus_test_support.hpp"
#include "exporter.hpp"
#include "load_corpus.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace ta::corpus;
using namespace ta::corpus::test;
using Json = nlohmann::json;

namespace {

const Corpus& realCorpus() {
    static const Corpus corpus = [] {
        LoadResult result = loadCorpus(realDataDir());
        EXPECT_TRUE(result.corpus) << result.diagnostics.formatAll();
        return result.corpus ? std::move(*result.corpus) : Corpus();
    }();
    return corpus;
}

/// RFC 4180 reader: quoted fields may hold commas, quotes ("") and line breaks; rows end in CRLF.
std::vector<std::vector<std::string>> parseCsv(const std::string& text) {
    std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
    bool quoted = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        std::string& field = rows.back().back();
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().emplace_back();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            rows.emplace_back(1);
            ++i;
        } else {
            field += c;
        }
    }
    if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
    return rows;
}

}  // namespace

TEST(Exporter, FormatNames) {
    EXPECT_EQ(parseExportFormat("json"), ExportFormat::Json);
    EXPECT_EQ(parseExportFormat("geojson"), ExportFormat::GeoJson);
    EXPECT_EQ(parseExportFormat("csv"), ExportFormat::Csv);
    EXPECT_FALSE(parseExportFormat("xml"));
}

TEST(Exporter, JsonHasEveryRequiredKey) {
    const Json j = Json::parse(exportJson(realCorpus()));
    for (const char* key : {"cases", "events", "places", "zones"}) ASSERT_TRUE(j.contains(key)) << key;
    EXPECT_EQ(j["cases"].size(), realCorpus().cases().size());
    ASSERT_EQ(j["events"].size(), realCorpus().events().size());
    for (const Json& e : j["events"]) {
        for (const char* key : {"id", "case", "date", "date_precision", "kind", "phase", "places", "parties", "guarantors", "venue",
                                "outcome", "numbers", "flows", "clauses", "clause_count_stated", "source"})
            ASSERT_TRUE(e.contains(key)) << key << " in " << e["id"];
        EXPECT_TRUE(e["case"].is_null() || (e["case"].get<int>() >= 1 && e["case"].get<int>() <= 20));
        const std::string date = e["date"];
        const std::string precision = e["date_precision"];
        EXPECT_EQ(date.size(), precision == "day" ? 10u : precision == "month" ? 7u : 4u) << date;
        for (const Json& c : e["clauses"])
            for (const char* key : {"n", "categories", "en", "ar"}) EXPECT_TRUE(c.contains(key)) << key;
    }
    for (const Json& p : j["places"])
        for (const char* key : {"id", "name_en", "name_ar", "lat", "lon"}) ASSERT_TRUE(p.contains(key)) << key;
    for (const Json& z : j["zones"]) EXPECT_EQ(z["geometry"], "schematic");
}

TEST(Exporter, JsonCarriesTheDarayaSettlement) {
    const Json j = Json::parse(exportJson(realCorpus()));
    bool found = false;
    for (const Json& e : j["events"])
        if (e["case"] == 14 && e["kind"] == "final_settlement") {
            found = true;
            EXPECT_EQ(e["date"].get<std::string>().substr(0, 7), "2016-08");
            EXPECT_FALSE(e["clauses"].empty());
        }
    EXPECT_TRUE(found);
}

TEST(Exporter, GeoJsonHasPointsForPlacesAndLinesForFlows) {
    const Json j = Json::parse(exportGeoJson(realCorpus()));
    EXPECT_EQ(j["type"], "FeatureCollection");
    size_t points = 0, lines = 0;
    for (const Json& f : j["features"]) {
        const std::string type = f["geometry"]["type"];
        if (type == "Point") {
            ++points;
            const double lon = f["geometry"]["coordinates"][0], lat = f["geometry"]["coordinates"][1];
            EXPECT_GT(lon, 35.0);  // longitude first, as GeoJSON wants
            EXPECT_LT(lat, 38.0);
            EXPECT_TRUE(f["properties"].contains("events"));
        } else if (type == "LineString") {
            ++lines;
            EXPECT_EQ(f["geometry"]["coordinates"].size(), 2u);
        }
    }
    EXPECT_EQ(points, realCorpus().places().size());
    EXPECT_EQ(lines, realCorpus().flows().size());
}

TEST(Exporter, CsvParsesBackOneRowPerEvent) {
    const std::string csv = exportCsv(realCorpus());
    const auto rows = parseCsv(csv);
    ASSERT_EQ(rows.size(), realCorpus().events().size() + 1);
    const auto& header = rows[0];
    EXPECT_EQ(header[0], "id");
    for (size_t i = 1; i < rows.size(); ++i) {
        ASSERT_EQ(rows[i].size(), header.size()) << "row " << i;
        EXPECT_EQ(rows[i][0], realCorpus().events()[i - 1].id);
        const auto title = std::find(header.begin(), header.end(), "title_ar") - header.begin();
        EXPECT_EQ(rows[i][static_cast<size_t>(title)], realCorpus().events()[i - 1].titleAr);
    }
}

TEST(Exporter, CsvQuotesCommasQuotesAndLineBreaks) {
    TempDir dir;
    dir.write("base.toml", kBaseToml);
    std::string text = caseToml(1, "c") + eventToml("e", "2016-01-01", "truce", "[\"town-a\"]");
    text.replace(text.find("phase = \"p\""), 11, "phase = \"a, \\\"b\\\"\\nc\"");
    dir.write("c.toml", text);
    LoadResult result = loadCorpus(dir.path());
    ASSERT_TRUE(result.corpus) << result.diagnostics.formatAll();
    const auto rows = parseCsv(exportCsv(*result.corpus));
    ASSERT_EQ(rows.size(), 2u);
    const auto phase = std::find(rows[0].begin(), rows[0].end(), "phase") - rows[0].begin();
    EXPECT_EQ(rows[1][static_cast<size_t>(phase)], "a, \"b\"\nc");
}
