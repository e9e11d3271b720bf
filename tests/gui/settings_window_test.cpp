// The real window's settings file, end to end: what a run leaves in $XDG_CONFIG_HOME, a corrupt
// file moved aside with a message, and --frames runs that leave the user's file alone. Runs the
// program under the X server scripts/test provides, or xvfb-run.

#include "temp_dir.hpp"
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

namespace fs = std::filesystem;

namespace {

const fs::path kBinary = fs::path(TA_BINARY_DIR) / "app/truce-atlas";

// Runs the window with XDG_CONFIG_HOME set; stderr goes to `errFile`. Returns the exit status.
// The settings file the window keeps under the XDG config home `home`.
fs::path settingsIn(const ta::test::TempDir& home) { return home.path() / "truce-atlas" / "settings.json"; }

int runWindow(const ta::test::TempDir& home, const std::string& args, const fs::path& errFile) {
    const char* display = std::getenv("DISPLAY");
    const std::string prefix = display && *display ? "" : "xvfb-run -a -s '-screen 0 1280x720x24' ";
    const std::string cmd = "XDG_CONFIG_HOME=" + home.path().string() + " " + prefix + kBinary.string() + " --size 640x480 " + args +
                            " > /dev/null 2> " + errFile.string();
    const int rc = std::system(cmd.c_str());
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

std::string readText(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

TEST(SettingsWindow, FramesRunsLeaveTheUsersSettingsAlone) {
    ta::test::TempDir home("xdg");  // the XDG config home of the runs
    ASSERT_EQ(runWindow(home, "--frames 3 --date 2016-08-26", home.path() / "err.txt"), 0) << readText(home.path() / "err.txt");
    EXPECT_FALSE(fs::exists(settingsIn(home))) << "a --frames run wrote " << settingsIn(home);
}

TEST(SettingsWindow, ARunSavesItsStateAndTheNextStartsFromIt) {
    ta::test::TempDir home("xdg");  // the XDG config home of the runs
    const fs::path file = settingsIn(home);
    ASSERT_EQ(runWindow(home, "--frames 3 --settings " + file.string() + " --select daraya-2016-08-agreement --lang ar",
                        home.path() / "err.txt"),
              0)
        << readText(home.path() / "err.txt");
    ASSERT_TRUE(fs::exists(file));
    const std::string saved = readText(file);
    EXPECT_NE(saved.find("\"version\": 1"), std::string::npos) << saved;
    EXPECT_NE(saved.find("\"date\": \"2016-08-26\""), std::string::npos) << saved;
    EXPECT_NE(saved.find("\"event\": \"daraya-2016-08-agreement\""), std::string::npos) << saved;
    EXPECT_NE(saved.find("\"lang\": \"ar\""), std::string::npos) << saved;
    EXPECT_NE(saved.find("\"case\": 14"), std::string::npos) << saved;
    // Nothing half-written beside it.
    size_t files = 0;
    for (const auto& e : fs::directory_iterator(file.parent_path())) files += e.is_regular_file();
    EXPECT_EQ(files, 1u);
}

TEST(SettingsWindow, ACorruptFileIsMovedAsideAndTheWindowStillOpens) {
    ta::test::TempDir home("xdg");  // the XDG config home of the runs
    const fs::path file = settingsIn(home);
    fs::create_directories(file.parent_path());
    std::ofstream(file) << "{ \"version\": 1, \"date\": ";  // torn
    const fs::path err = home.path() / "err.txt";
    ASSERT_EQ(runWindow(home, "--frames 3 --settings " + file.string(), err), 0) << readText(err);
    const std::string message = readText(err);
    EXPECT_NE(message.find("not valid JSON"), std::string::npos) << message;
    EXPECT_NE(message.find("moved aside"), std::string::npos) << message;
    bool movedAside = false;
    for (const auto& e : fs::directory_iterator(file.parent_path()))
        movedAside |= e.path().filename().string().rfind("settings.json.corrupt-", 0) == 0;
    EXPECT_TRUE(movedAside);
    // The run then saved a good file in its place.
    EXPECT_NE(readText(file).find("\"version\": 1"), std::string::npos);
}

TEST(SettingsWindow, NoSettingsReadsAndWritesNothing) {
    ta::test::TempDir home("xdg");  // the XDG config home of the runs
    const fs::path file = settingsIn(home);
    fs::create_directories(file.parent_path());
    std::ofstream(file) << "not json at all";
    ASSERT_EQ(runWindow(home, "--frames 2 --no-settings --settings " + file.string(), home.path() / "err.txt"), 0);
    EXPECT_EQ(readText(file), "not json at all");  // neither moved aside nor replaced
}
