// The bad-input catalogue (tests/bad_inputs/README.md): every case under cases/<group>/<name>/ runs
// the real program on one bad input and checks its exit status, that its message names the file
// and the place, and that nothing was left under an output name. One CTest test per case.

#include "temp_dir.hpp"
#include "child_process.hpp"
#include "image.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>


#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const fs::path kSource = TA_SOURCE_DIR;
const fs::path kShared = TA_SHARED_DIR;
const fs::path kBinary = TA_BINARY_DIR;
const fs::path kCases = kSource / "tests/bad_inputs/cases";
constexpr size_t kMinimumCatalogue = 40;

struct Case {
    std::string id;  // "<group>/<name>"
    fs::path dir;
};

// gtest prints a parameter in test listings and failures: the case's id, not its bytes.
void PrintTo(const Case& c, std::ostream* os) { *os << c.id; }

std::vector<Case> listCases() {
    std::vector<Case> cases;
    std::error_code ec;
    if (!fs::is_directory(kCases, ec)) return cases;
    for (const auto& entry : fs::recursive_directory_iterator(kCases))
        if (entry.path().filename() == "case.json")
            cases.push_back({entry.path().parent_path().lexically_relative(kCases).string(), entry.path().parent_path()});
    std::sort(cases.begin(), cases.end(), [](const Case& a, const Case& b) { return a.id < b.id; });
    return cases;
}

std::string readFile(const fs::path& path) { return ta::test::readWholeFile(path); }

std::string regexEscape(const std::string& text) {
    static const std::string special = R"(\^$.|?*+()[]{})";
    std::string out;
    for (char c : text) {
        if (special.find(c) != std::string::npos) out += '\\';
        out += c;
    }
    return out;
}


struct Placeholders {
    std::map<std::string, std::string> values;
    std::string apply(std::string text, bool forRegex) const {
        for (const auto& [key, value] : values) {
            const std::string token = "{" + key + "}";
            for (size_t at; (at = text.find(token)) != std::string::npos;)
                text.replace(at, token.size(), forRegex ? regexEscape(value) : value);
        }
        return text;
    }
};

// Why a case cannot run here (a missing prerequisite), or "" when it can.
std::string missingPrerequisite(const json& needs) {
    for (const auto& need : needs) {
        const std::string n = need.get<std::string>();
        std::error_code ec;
        if (n == "display") {
            const char* d = std::getenv("DISPLAY");
            if (!d || !*d) return "needs an X display (scripts/test starts Xvfb)";
        } else if (n == "shared_geodata") {
            if (!fs::exists(kShared / "geodata/geoboundaries/geoBoundaries-SYR-ADM1_simplified.topojson", ec))
                return "needs the geoBoundaries files in " + (kShared / "geodata/geoboundaries").string();
        } else if (n == "default_geodata") {
            const char* home = std::getenv("HOME");
            const char* xdg = std::getenv("XDG_CACHE_HOME");
            const fs::path cache = xdg && *xdg ? fs::path(xdg) : fs::path(home ? home : "/") / ".cache";
            if (!fs::exists(cache / "truce-atlas/world_map.gpkg", ec)) return "needs the default geodata (scripts/fetch-geodata)";
        } else {
            return "unknown prerequisite '" + n + "' in case.json";
        }
    }
    return "";
}

// Counts pixels within `tolerance` (per channel) of `rgb`.
size_t pixelsNear(const ta::Image& image, const json& rgb, int tolerance) {
    size_t count = 0;
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x) {
            const uint8_t* p = image.pixel(x, y);
            if (std::abs(p[0] - rgb[0].get<int>()) <= tolerance && std::abs(p[1] - rgb[1].get<int>()) <= tolerance &&
                std::abs(p[2] - rgb[2].get<int>()) <= tolerance)
                ++count;
        }
    return count;
}

class BadInput : public ::testing::TestWithParam<Case> {};

TEST_P(BadInput, FailsClearly) {
    const Case& c = GetParam();
    const json spec = json::parse(readFile(c.dir / "case.json"));
    if (const std::string why = missingPrerequisite(spec.value("needs", json::array())); !why.empty()) GTEST_SKIP() << c.id << ": " << why;

    ta::test::TempDir work("bad-input");  // removed afterwards, even what a case made read-only
    Placeholders ph;
    ph.values = {{"work", work.path().string()}, {"case", c.dir.string()}, {"shared", kShared.string()},
                 {"source", kSource.string()}, {"build", kBinary.string()}};

    // Fixtures: every file of the case directory but case.json, plus the shared corpus base.
    for (const auto& entry : fs::directory_iterator(c.dir))
        if (entry.is_regular_file() && entry.path().filename() != "case.json")
            fs::copy_file(entry.path(), work.path() / entry.path().filename());
    if (spec.value("corpus_base", false)) fs::copy_file(kSource / "tests/bad_inputs/common/corpus_base.toml", work.path() / "base.toml");
    for (const json& g : spec.value("generate", json::array())) {
        // A large file made at test time (never committed): `head`, then `repeat` until `bytes`.
        const fs::path path = ph.apply(g.at("path").get<std::string>(), false);
        const std::string head = g.value("head", ""), repeat = g.value("repeat", " ");
        const size_t bytes = g.at("bytes").get<size_t>();
        std::ofstream out(path, std::ios::binary);
        out << head;
        std::string block;
        while (block.size() < (1u << 20)) block += repeat;
        for (size_t written = head.size(); written < bytes;) {
            const size_t n = std::min(block.size(), bytes - written);
            out.write(block.data(), static_cast<std::streamsize>(n));
            written += n;
        }
    }
    for (const json& t : spec.value("truncate_copy", json::array())) {
        const std::string bytes = readFile(ph.apply(t.at("from").get<std::string>(), false));
        std::ofstream(ph.apply(t.at("to").get<std::string>(), false), std::ios::binary)
            << bytes.substr(0, std::min(bytes.size(), t.at("bytes").get<size_t>()));
    }

    std::vector<std::string> argv{(kBinary / spec.value("program", "app/truce-atlas")).string()};
    for (const json& a : spec.at("run")) argv.push_back(ph.apply(a.get<std::string>(), false));
    ta::test::EnvChanges env;
    const json envSpec = spec.value("env", json::object());  // named: items() must not outlive a temporary
    for (const auto& [key, value] : envSpec.items())
        env[key] = value.is_null() ? std::nullopt : std::optional<std::string>(ph.apply(value.get<std::string>(), false));
    const bool needsDisplay = spec.contains("needs") && std::find(spec["needs"].begin(), spec["needs"].end(), "display") != spec["needs"].end();
    if (const char* asan = std::getenv("ASAN_OPTIONS"); asan && needsDisplay && !env.count("ASAN_OPTIONS")) {
        // Under the sanitizer run, the window's GLX and DRI driver libraries are unloaded at exit,
        // and their allocations then show up as leaks in an "<unknown module>" that no suppression
        // can name. Leaks of our own code are still caught by every case without a window.
        env["ASAN_OPTIONS"] = std::string(asan) + ":detect_leaks=0";
    }
    const int timeoutS = spec.value("timeout_s", 120);
    const ta::test::RunOutput r = ta::test::runToEnd(argv, env, work.path(), std::chrono::seconds(timeoutS));

    std::string shown;
    for (size_t i = 1; i < argv.size(); ++i) shown += " " + argv[i];
    SCOPED_TRACE(c.id + ": truce-atlas" + shown + "\n--- output ---\n" + r.output + "--------------");
    ASSERT_FALSE(r.exit.timedOut) << "did not finish within " << timeoutS << " s";
    EXPECT_FALSE(r.exit.signaled) << "killed by a signal (a crash)";
    EXPECT_EQ(r.exit.status, spec.at("exit").get<int>());
    for (const json& e : spec.at("expect")) {
        const std::string pattern = ph.apply(e.get<std::string>(), true);
        EXPECT_TRUE(std::regex_search(r.output, std::regex(pattern))) << "message not found: " << pattern;
    }
    for (const json& e : spec.value("reject", json::array())) {
        const std::string pattern = ph.apply(e.get<std::string>(), true);
        EXPECT_FALSE(std::regex_search(r.output, std::regex(pattern))) << "unwanted message: " << pattern;
    }
    for (const json& a : spec.value("produces", json::array())) {
        const fs::path path = ph.apply(a.get<std::string>(), false);
        EXPECT_TRUE(fs::exists(path)) << path << " was not written";
    }
    for (const json& a : spec.value("absent", json::array())) {
        const fs::path path = ph.apply(a.get<std::string>(), false);
        EXPECT_FALSE(fs::exists(path)) << path << " was left behind";
    }
    // Nothing half-written beside an output: no temporary files left in the work directory.
    for (const auto& entry : fs::recursive_directory_iterator(work.path()))
        EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos) << entry.path() << " was left behind";
    if (spec.contains("visible")) {
        // The window kept running and shows the error: the screenshot holds text in the error colour.
        const json& v = spec["visible"];
        const fs::path shot = ph.apply(v.at("screenshot").get<std::string>(), false);
        ASSERT_TRUE(fs::exists(shot)) << "no screenshot: the window did not keep running";
        const ta::Image image = ta::readPng(shot);
        EXPECT_GE(pixelsNear(image, v.at("rgb"), v.value("tolerance", 24)), v.value("min_pixels", 20u))
            << "no text in the error colour in " << shot;
    }
}

std::string caseName(const ::testing::TestParamInfo<Case>& info) {
    std::string name = info.param.id;
    for (char& ch : name)
        if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
    return name;
}

INSTANTIATE_TEST_SUITE_P(Catalogue, BadInput, ::testing::ValuesIn(listCases()), caseName);

// The catalogue itself: big enough, and every case able to fail (an exit status and a message).
TEST(BadInputCatalogue, EveryCaseStatesWhatItExpects) {
    const std::vector<Case> cases = listCases();
    EXPECT_GE(cases.size(), kMinimumCatalogue);
    for (const Case& c : cases) {
        SCOPED_TRACE(c.id);
        const json spec = json::parse(readFile(c.dir / "case.json"));
        EXPECT_TRUE(spec.contains("about") && !spec["about"].get<std::string>().empty());
        ASSERT_TRUE(spec.contains("exit") && spec.contains("expect") && spec.contains("run"));
        EXPECT_FALSE(spec["expect"].empty()) << "a case must name the message it expects";
        // A command that fails exits non-zero. Exit 0 is right only where the program goes on with
        // what it has: the window (its screenshot must show the error) or a repaired input (the
        // output must exist, and the warning is among the expected messages).
        if (spec["exit"].get<int>() == 0) {
            EXPECT_TRUE(spec.contains("visible") || spec.contains("produces"));
        }
    }
}

}  // namespace
