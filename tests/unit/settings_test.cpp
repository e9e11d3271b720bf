// The settings file: round trip, the XDG location, atomic writes, and bad files moved aside with
// a message while the program starts on defaults.

#include "temp_dir.hpp"
#include "error.hpp"
#include "settings.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

using namespace ta;
namespace fs = std::filesystem;

namespace {

void writeText(const fs::path& p, const std::string& text) {
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
}

std::vector<fs::path> filesIn(const fs::path& dir) {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename());
    std::sort(out.begin(), out.end());
    return out;
}

Settings sample() {
    Settings s;
    s.date = dayFromCivil(2016, 8, 26);
    s.camera = Settings::View{12345.5, -678.25, 321.0};
    s.selectedEvent = "daraya-2016-08-agreement";
    s.selectedPlace = "daraya";
    s.selectedCase = 14;
    s.panes = {{"timeline", true}, {"details", false}, {"help", true}};
    s.filters.kinds = {"truce", "final_settlement"};
    s.filters.models = {2};
    s.filters.guarantors = {"russia"};
    s.lang = Lang::Ar;
    s.daysPerSecond = 120;
    s.loop = true;
    s.loopStart = dayFromCivil(2016, 1, 1);
    s.loopEnd = dayFromCivil(2016, 12, 31);
    s.alignCases = true;
    return s;
}

}  // namespace

TEST(Settings, RoundTripsThroughTheFile) {
    ta::test::TempDir dir("settings-test");
    const fs::path file = dir.path() / "truce-atlas" / "settings.json";
    saveSettings(file, sample());
    const SettingsLoad loaded = loadSettings(file);
    ASSERT_TRUE(loaded.settings);
    EXPECT_TRUE(loaded.messages.empty()) << loaded.messages.front();
    EXPECT_EQ(*loaded.settings, sample());
    // Written atomically: only the file itself is left, no temporary beside it.
    EXPECT_EQ(filesIn(file.parent_path()), std::vector<fs::path>{"settings.json"});
    EXPECT_NE(settingsToJson(sample()).find("\"version\": 1"), std::string::npos);
}

TEST(Settings, AMissingFileIsAFirstStart) {
    ta::test::TempDir dir("settings-test");
    const SettingsLoad loaded = loadSettings(dir.path() / "none.json");
    EXPECT_FALSE(loaded.settings);
    EXPECT_TRUE(loaded.messages.empty());
}

TEST(Settings, ACorruptFileIsMovedAsideWithAMessage) {
    ta::test::TempDir dir("settings-test");
    const fs::path file = dir.path() / "settings.json";
    writeText(file, "{\"version\": 1, \"date\": \"2016-08-26\",");  // cut short, as by a crash of another program
    const SettingsLoad loaded = loadSettings(file);
    EXPECT_FALSE(loaded.settings);
    ASSERT_EQ(loaded.messages.size(), 1u);
    EXPECT_NE(loaded.messages[0].find(file.string()), std::string::npos) << loaded.messages[0];
    EXPECT_NE(loaded.messages[0].find("not valid JSON"), std::string::npos) << loaded.messages[0];
    EXPECT_NE(loaded.messages[0].find("moved aside"), std::string::npos) << loaded.messages[0];
    EXPECT_FALSE(fs::exists(file));
    ASSERT_FALSE(loaded.movedTo.empty());
    EXPECT_TRUE(fs::exists(loaded.movedTo));
    EXPECT_EQ(loaded.movedTo.filename().string().rfind("settings.json.corrupt-", 0), 0u) << loaded.movedTo;
    // Nothing is lost: the bad file's bytes are all there.
    std::ifstream in(loaded.movedTo);
    std::string kept((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(kept, "{\"version\": 1, \"date\": \"2016-08-26\",");

    // A second bad file the same second does not overwrite the first one moved aside.
    writeText(file, "not json");
    const SettingsLoad again = loadSettings(file);
    EXPECT_TRUE(fs::exists(loaded.movedTo));
    EXPECT_TRUE(fs::exists(again.movedTo));
    EXPECT_NE(again.movedTo, loaded.movedTo);
}

TEST(Settings, AFileFromANewerVersionIsMovedAside) {
    ta::test::TempDir dir("settings-test");
    const fs::path file = dir.path() / "settings.json";
    writeText(file, "{\"version\": 7, \"date\": \"2016-08-26\"}");
    const SettingsLoad loaded = loadSettings(file);
    EXPECT_FALSE(loaded.settings);
    ASSERT_EQ(loaded.messages.size(), 1u);
    EXPECT_NE(loaded.messages[0].find("newer"), std::string::npos) << loaded.messages[0];
    EXPECT_NE(loaded.movedTo.filename().string().find(".newer-"), std::string::npos) << loaded.movedTo;
    EXPECT_FALSE(fs::exists(file));
}

TEST(Settings, NotAnObjectOrNoVersionIsCorrupt) {
    for (const char* text : {"[1, 2, 3]", "{\"date\": \"2016-08-26\"}", "{\"version\": \"1\"}", "{\"version\": 0}"}) {
        ta::test::TempDir dir("settings-test");
        const fs::path file = dir.path() / "settings.json";
        writeText(file, text);
        const SettingsLoad loaded = loadSettings(file);
        EXPECT_FALSE(loaded.settings) << text;
        EXPECT_EQ(loaded.messages.size(), 1u) << text;
        EXPECT_FALSE(fs::exists(file)) << text;
    }
}

TEST(Settings, BadFieldsAreIgnoredByName) {
    std::vector<std::string> messages;
    const Settings s = settingsFromJson(R"({"version": 1, "date": "2016-02-30", "lang": "fr",
        "playback": {"daysPerSecond": 9999, "loop": "yes"}, "filters": {"models": ["two"]},
        "camera": {"x": 1, "y": 2, "metresPerPixel": -5}, "selection": {"event": "daraya-2016-08-agreement"}})",
                                       "settings.json", messages);
    EXPECT_FALSE(s.date);
    EXPECT_EQ(s.lang, Lang::En);
    EXPECT_EQ(s.daysPerSecond, 60);
    EXPECT_FALSE(s.loop);
    EXPECT_TRUE(s.filters.models.empty());
    EXPECT_FALSE(s.camera);
    EXPECT_EQ(s.selectedEvent, "daraya-2016-08-agreement");  // the good fields still apply
    std::string all;
    for (const auto& m : messages) all += m + "\n";
    for (const char* field : {"'date'", "'lang'", "'playback.daysPerSecond'", "'playback.loop'", "'filters.models'", "'camera.metresPerPixel'"})
        EXPECT_NE(all.find(field), std::string::npos) << field << " not named in:\n" << all;
    EXPECT_NE(all.find("settings.json"), std::string::npos);
}

TEST(Settings, LivesUnderTheXdgConfigHome) {
    const char* old = std::getenv("XDG_CONFIG_HOME");
    const std::string saved = old ? old : "";
    setenv("XDG_CONFIG_HOME", "/tmp/xdg-test-home", 1);
    EXPECT_EQ(defaultSettingsPath(), fs::path("/tmp/xdg-test-home/truce-atlas/settings.json"));
    setenv("XDG_CONFIG_HOME", "relative/dir", 1);  // the spec says to ignore relative paths
    const char* home = std::getenv("HOME");
    if (home) EXPECT_EQ(defaultSettingsPath(), fs::path(home) / ".config/truce-atlas/settings.json");
    if (old) setenv("XDG_CONFIG_HOME", saved.c_str(), 1);
    else unsetenv("XDG_CONFIG_HOME");
}

TEST(Settings, SavingIntoAnUnwritablePlaceNamesIt) {
    try {
        saveSettings("/proc/truce-atlas-cannot/settings.json", sample());
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("/proc/truce-atlas-cannot"), std::string::npos) << e.what();
    }
}
