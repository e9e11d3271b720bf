// Nothing the user made is ever lost: the program is killed with SIGKILL at random moments while it
// writes a file people keep (a corpus database, a recording, an image), then the file is checked.
// It must be the old file byte for byte, or a complete new one; never a torn one. A recording that
// is cancelled or killed leaves nothing under its final name. The moments are drawn from a fixed
// seed over the measured length of an uninterrupted run, so a failure can be replayed.

#include "temp_dir.hpp"
#include "child_process.hpp"
#include "store.hpp"

#include <gtest/gtest.h>

#include <signal.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <thread>

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using ta::test::ChildProcess;
using ta::test::readWholeFile;

namespace {

const fs::path kSource = TA_SOURCE_DIR;
const fs::path kProgram = fs::path(TA_BINARY_DIR) / "app/truce-atlas";
constexpr int kKills = 12;

bool defaultGeodataCached() {
    const char* home = std::getenv("HOME");
    const char* xdg = std::getenv("XDG_CACHE_HOME");
    const fs::path cache = xdg && *xdg ? fs::path(xdg) : fs::path(home ? home : "/") / ".cache";
    return fs::exists(cache / "truce-atlas/world_map.gpkg");
}

// Runs `argv` to the end and returns how long it took; fails the test when it does not succeed.
std::chrono::milliseconds timedRun(const std::vector<std::string>& argv, const fs::path& cwd) {
    const auto start = std::chrono::steady_clock::now();
    const ta::test::RunOutput r = ta::test::runToEnd(argv, {}, cwd, 300s);
    EXPECT_EQ(r.exit.status, 0) << r.output;
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
}

// Starts `argv`, kills it with SIGKILL after `delay` (if still running), and reaps it.
// Returns true when the kill landed before it finished.
bool killAfter(const std::vector<std::string>& argv, const fs::path& cwd, std::chrono::microseconds delay) {
    ChildProcess child(argv, {}, cwd, cwd / ".child-output.txt");
    const auto until = std::chrono::steady_clock::now() + delay;
    while (std::chrono::steady_clock::now() < until) {
        if (child.finished()) return false;
        std::this_thread::sleep_for(200us);
    }
    const bool running = !child.finished();
    child.signal(SIGKILL);
    child.wait(60s);
    return running;
}

// Kill moments spread over [0, 1.2 x the uninterrupted run], from a fixed seed.
std::vector<std::chrono::microseconds> killMoments(std::chrono::milliseconds fullRun, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<long> us(0, std::chrono::duration_cast<std::chrono::microseconds>(fullRun).count() * 6 / 5);
    std::vector<std::chrono::microseconds> moments;
    for (int i = 0; i < kKills; ++i) moments.emplace_back(us(rng));
    std::sort(moments.begin(), moments.end());
    return moments;
}

// Events in a corpus database, or -1 when it cannot be read (torn, not a database).
long eventCount(const fs::path& db) {
    try {
        return static_cast<long>(ta::corpus::loadDatabase(db).events().size());
    } catch (const std::exception&) {
        return -1;
    }
}

}  // namespace

TEST(KillMinus9, CorpusBuildLeavesTheOldDatabaseOrTheNewOne) {
    ta::test::TempDir dir("kill-test");
    // The old database: a small corpus (the catalogue's base plus one case), so old and new differ.
    fs::create_directories(dir.path() / "small");
    fs::copy_file(kSource / "tests/bad_inputs/common/corpus_base.toml", dir.path() / "small/base.toml");
    fs::copy_file(kSource / "tests/fuzz/seeds/corpus_source/case.toml", dir.path() / "small/case.toml");
    const fs::path db = dir.path() / "corpus.sqlite";
    timedRun({kProgram.string(), "corpus", "build", "-o", db.string(), (dir.path() / "small").string()}, dir.path());
    const std::string oldBytes = readWholeFile(db);
    const long oldEvents = eventCount(db);
    ASSERT_EQ(oldEvents, 1);

    // The new one: the real corpus. One uninterrupted build gives its length and its content.
    const fs::path reference = dir.path() / "reference.sqlite";
    const std::vector<std::string> buildReal{kProgram.string(), "corpus", "build", "-o", db.string(), (kSource / "corpus/data").string()};
    std::vector<std::string> buildReference = buildReal;
    buildReference[4] = reference.string();
    const auto fullRun = timedRun(buildReference, dir.path());
    const long newEvents = eventCount(reference);
    ASSERT_GT(newEvents, oldEvents);

    int killedBefore = 0, landedMidway = 0;
    for (const auto moment : killMoments(fullRun, 9)) {
        const bool killed = killAfter(buildReal, dir.path(), moment);
        const std::string bytes = readWholeFile(db);
        const long events = eventCount(db);
        SCOPED_TRACE("killed after " + std::to_string(moment.count()) + " us");
        ASSERT_TRUE(bytes == oldBytes || events == newEvents)
            << "torn database: " << bytes.size() << " bytes, events " << events << " (old " << oldEvents << ", new " << newEvents << ")";
        if (killed && bytes == oldBytes) ++killedBefore;
        if (killed && bytes != oldBytes) ++landedMidway;
        if (bytes != oldBytes) break;  // replaced: later kills can only find the new one
    }
    std::printf("corpus build: %d kills kept the old database, %d came after the new one was in place\n", killedBefore, landedMidway);
    EXPECT_GT(killedBefore, 0) << "no kill landed before the end: the test proved nothing";

    // The killed builds left their temporary files; the next build clears those of dead processes.
    timedRun(buildReal, dir.path());
    EXPECT_EQ(eventCount(db), newEvents);
    for (const auto& entry : fs::directory_iterator(dir.path()))
        EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos) << entry.path() << " was not cleared";
}

TEST(KillMinus9, RecordingLeavesNoFileUnderItsName) {
    if (!defaultGeodataCached()) GTEST_SKIP() << "needs the default geodata (scripts/fetch-geodata)";
    ta::test::TempDir dir("kill-test");
    const fs::path out = dir.path() / "out.mp4";
    const std::vector<std::string> record{kProgram.string(), "record", "--from", "2016-01-01", "--to", "2016-12-31", "--duration", "2",
                                          "--fps", "12", "--size", "128x128", "-o", out.string()};
    // One uninterrupted recording, elsewhere, for its length and to know a complete file.
    std::vector<std::string> reference = record;
    reference.back() = (dir.path() / "reference.mp4").string();
    const auto fullRun = timedRun(reference, dir.path());
    const std::string complete = readWholeFile(dir.path() / "reference.mp4");
    ASSERT_GT(complete.size(), 1000u);

    int killedMidway = 0;
    for (const auto moment : killMoments(fullRun, 7)) {
        const bool killed = killAfter(record, dir.path(), moment);
        SCOPED_TRACE("killed after " + std::to_string(moment.count()) + " us");
        if (!killed) {
            // Finished before the kill: the whole file (frame-exact, so identical), then start over.
            ASSERT_EQ(readWholeFile(out), complete) << "a finished recording differs from the reference";
            fs::remove(out);
            continue;
        }
        if (fs::exists(out)) {
            // The kill landed after the rename, while the program was closing: the file must be whole.
            ASSERT_EQ(readWholeFile(out), complete) << "a killed recording left a torn file under the output name";
            fs::remove(out);
            continue;
        }
        ++killedMidway;
    }
    EXPECT_GT(killedMidway, 0) << "no kill landed before the end: the test proved nothing";
}

TEST(KillMinus9, RecordingKilledKeepsThePreviousFile) {
    if (!defaultGeodataCached()) GTEST_SKIP() << "needs the default geodata (scripts/fetch-geodata)";
    ta::test::TempDir dir("kill-test");
    const fs::path out = dir.path() / "lecture.mp4";
    const std::string previous = "the recording from last week\n";
    std::ofstream(out, std::ios::binary) << previous;
    const std::vector<std::string> record{kProgram.string(), "record", "--from", "2016-01-01", "--to", "2016-12-31", "--duration", "2",
                                          "--fps", "12", "--size", "128x128", "-o", out.string()};
    for (const auto moment : {300ms, 800ms, 1500ms}) {
        if (!killAfter(record, dir.path(), moment)) break;  // finished: nothing more to learn here
        ASSERT_EQ(readWholeFile(out), previous) << "killed after " << moment.count() << " ms: the previous file was damaged";
    }
}

TEST(Cancel, CtrlCLeavesNothingUnderTheOutputName) {
    if (!defaultGeodataCached()) GTEST_SKIP() << "needs the default geodata (scripts/fetch-geodata)";
    ta::test::TempDir dir("kill-test");
    for (const std::string name : {"out.mp4", "frames/"}) {
        const fs::path out = dir.path() / name;
        ChildProcess child({kProgram.string(), "record", "--from", "2016-01-01", "--to", "2016-12-31", "--duration", "20", "--fps", "12",
                            "--size", "128x128", "-o", out.string()},
                           {}, dir.path(), dir.path() / ".child-output.txt");
        std::this_thread::sleep_for(1500ms);
        ASSERT_FALSE(child.finished()) << "a 20 s recording finished in 1.5 s";
        child.signal(SIGINT);
        const ta::test::ExitInfo exit = child.wait(60s);
        const std::string output = readWholeFile(dir.path() / ".child-output.txt");
        EXPECT_EQ(exit.status, 130) << output;
        EXPECT_NE(output.find("cancelled; nothing was written to " + out.string()), std::string::npos) << output;
        EXPECT_FALSE(fs::exists(out)) << name;
        EXPECT_FALSE(fs::exists(dir.path() / "frames")) << name;
        for (const auto& entry : fs::directory_iterator(dir.path()))
            EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos) << entry.path() << " left behind after Ctrl-C";
    }
}

TEST(KillMinus9, RenderLeavesTheOldImageOrTheNewOne) {
    if (!defaultGeodataCached()) GTEST_SKIP() << "needs the default geodata (scripts/fetch-geodata)";
    ta::test::TempDir dir("kill-test");
    const fs::path out = dir.path() / "map.png";
    const std::vector<std::string> render{kProgram.string(), "render", "--date", "2016-08-26", "--size", "1024x1024", "-o", out.string()};
    std::vector<std::string> reference = render;
    reference.back() = (dir.path() / "reference.png").string();
    const auto fullRun = timedRun(reference, dir.path());
    const std::string complete = readWholeFile(dir.path() / "reference.png");
    const std::string previous = "an older image\n";
    std::ofstream(out, std::ios::binary) << previous;
    for (const auto moment : killMoments(fullRun, 5)) {
        killAfter(render, dir.path(), moment);
        const std::string bytes = readWholeFile(out);
        ASSERT_TRUE(bytes == previous || bytes == complete) << "torn image after a kill at " << moment.count() << " us (" << bytes.size() << " bytes)";
        if (bytes == complete) break;
    }
}
