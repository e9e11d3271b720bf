// Golden-image render tests (MapLibre style). Each case is tests/render/cases/<group>/<case>/ with a
// case.json (parameters) and expected.png; its path is its id. The render goes through the same
// pipeline as `truce-atlas render`. On failure, actual.png and diff.png are written to
// <build>/render-output/<id>/. Set TA_UPDATE_GOLDEN=1 to (re)write expected.png — look at them
// before committing.

#include "cli_args.hpp"
#include "image.hpp"
#include "image_compare.hpp"
#include "render_command.hpp"
#include "vector_loader.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using ta::test::compareImages;

namespace {

const fs::path kCasesDir = fs::path(TA_SOURCE_DIR) / "tests/render/cases";
const fs::path kExpectationsDir = fs::path(TA_SOURCE_DIR) / "tests/render/expectations/llvmpipe";
const fs::path kOutputDir = fs::path(TA_BINARY_DIR) / "render-output";

std::vector<std::string> discoverCases() {
    std::vector<std::string> ids;
    if (!fs::exists(kCasesDir)) return ids;
    for (const auto& entry : fs::recursive_directory_iterator(kCasesDir))
        if (entry.path().filename() == "case.json") ids.push_back(fs::relative(entry.path().parent_path(), kCasesDir).string());
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::string substitute(std::string text) {
    // "${shared}" in a case points at ../shared (test data that must not be committed).
    const std::string key = "${shared}";
    if (const size_t at = text.find(key); at != std::string::npos) text.replace(at, key.size(), TA_SHARED_DIR);
    return text;
}

class Golden : public ::testing::TestWithParam<std::string> {};

TEST_P(Golden, MatchesExpectedImage) {
    const std::string id = GetParam();
    const fs::path dir = kCasesDir / id;
    std::ifstream in(dir / "case.json");
    const nlohmann::json spec = nlohmann::json::parse(in);

    std::vector<std::string> args = {"--date", spec.value("date", "2016-08-26"), "--size",
                                     std::to_string(spec["size"][0].get<int>()) + "x" + std::to_string(spec["size"][1].get<int>()),
                                     "--samples", std::to_string(spec.value("samples", 4)), "--lang", spec.value("lang", "en"), "-o",
                                     "unused.png"};
    if (spec.contains("corpus")) args.insert(args.end(), {"--corpus", spec["corpus"].get<std::string>()});
    // Overlays are off unless a case asks for them, so a layer's case shows that layer alone.
    args.insert(args.end(), {"--overlays", spec.value("overlays", "none")});
    if (spec.contains("pixel_ratio")) args.insert(args.end(), {"--pixel-ratio", std::to_string(spec["pixel_ratio"].get<double>())});
    if (spec.contains("view")) {
        std::ostringstream v;
        v << spec["view"][0].get<double>() << "," << spec["view"][1].get<double>() << "," << spec["view"][2].get<double>() << ","
          << spec["view"][3].get<double>();
        args.insert(args.end(), {"--view", v.str()});
    }
    for (const auto& b : spec.value("boundaries", std::vector<std::string>{})) {
        const std::string path = substitute(b);
        if (!fs::exists(ta::LayerSpec::parse(path).path)) GTEST_SKIP() << "test data not present: " << path;
        args.insert(args.end(), {"--boundaries", path});
    }
    for (const auto& l : spec.value("layers", std::vector<std::string>{})) {  // --layer PATH[:LAYER][,fill=F][,label=F]
        const std::string text = substitute(l);
        if (!fs::exists(ta::LayerSpec::parse(text).path)) GTEST_SKIP() << "test data not present: " << text;
        args.insert(args.end(), {"--layer", text});
    }
    if (spec.contains("select")) args.insert(args.end(), {"--select", spec["select"].get<std::string>()});
    if (spec.contains("labels")) args.insert(args.end(), {"--labels", spec["labels"].get<std::string>()});
    const ta::RenderOptions options = ta::parseRenderArgs(args);
    std::ostringstream warnings;
    const ta::Image actual = ta::renderMapImage(options, warnings);

    fs::path expectedPath = kExpectationsDir / id / "expected.png";
    if (!fs::exists(expectedPath)) expectedPath = dir / "expected.png";
    const fs::path out = kOutputDir / id;
    fs::create_directories(out);
    if (std::getenv("TA_UPDATE_GOLDEN")) {
        ta::writePng(dir / "expected.png", actual);
        GTEST_SKIP() << "updated " << (dir / "expected.png");
    }
    if (!fs::exists(expectedPath)) {
        ta::writePng(out / "actual.png", actual);
        FAIL() << "errored: no expected.png for " << id << " (actual written to " << out / "actual.png" << ")";
    }
    const ta::Image expected = ta::readPng(expectedPath);
    const double threshold = spec.value("threshold", 0.1);
    const double allowed = spec.value("allowed", 0.002);
    const auto cmp = compareImages(actual, expected, threshold);
    if (cmp.sizeMismatch || cmp.fraction > allowed) {
        ta::writePng(out / "actual.png", actual);
        if (!cmp.sizeMismatch) ta::writePng(out / "diff.png", cmp.diff);
    }
    ASSERT_FALSE(cmp.sizeMismatch) << id << ": size " << actual.width << "x" << actual.height << " vs expected " << expected.width
                                   << "x" << expected.height;
    EXPECT_LE(cmp.fraction, allowed) << id << ": " << cmp.differing << " pixels differ (" << cmp.fraction * 100
                                     << "%), see " << out;
}

std::string caseName(const ::testing::TestParamInfo<std::string>& info) {
    std::string name = info.param;
    for (char& c : name)
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    return name;
}

INSTANTIATE_TEST_SUITE_P(Render, Golden, ::testing::ValuesIn(discoverCases()), caseName);

}  // namespace
