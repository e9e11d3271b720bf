// `truce-atlas record` end to end, as a user runs it: the program is started as a child process
// (EGL, no display), its files are read back through libavformat and libpng.

#include "image.hpp"
#include "video_probe.hpp"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

namespace fs = std::filesystem;
using ta::test::probeVideo;

namespace {

const fs::path kBinary = fs::path(TA_BINARY_DIR) / "app/truce-atlas";

struct CommandResult {
    int exitCode = -1;
    std::string out, err;
};

std::string slurp(const fs::path& p) {
    std::ifstream in(p);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// A fresh directory per test, removed afterwards.
class Record : public ::testing::Test {
protected:
    void SetUp() override {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        m_dir = fs::temp_directory_path() / ("ta-record-" + std::to_string(::getpid()) + "-" + info->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
    }
    void TearDown() override {
        if (!HasFailure()) fs::remove_all(m_dir);
    }
    fs::path path(const std::string& name) const { return m_dir / name; }

    CommandResult record(const std::string& args) const {
        const fs::path out = m_dir / "stdout.txt", err = m_dir / "stderr.txt";
        const std::string cmd = kBinary.string() + " record " + args + " > " + out.string() + " 2> " + err.string();
        const int rc = std::system(cmd.c_str());
        CommandResult r;
        r.exitCode = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
        r.out = slurp(out);
        r.err = slurp(err);
        fs::remove(out);
        fs::remove(err);
        return r;
    }

    // Entries of the test directory other than the given ones.
    std::vector<std::string> listing() const {
        std::vector<std::string> names;
        for (const auto& e : fs::directory_iterator(m_dir)) names.push_back(e.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    }

    fs::path m_dir;
};

std::vector<std::vector<uint8_t>> readFrames(const fs::path& dir) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::vector<std::vector<uint8_t>> frames;
    for (const fs::path& f : files) frames.push_back(ta::readPng(f).rgba);
    return frames;
}

const char* kShortRange = "--from 2016-08-20 --to 2016-09-05 --duration 1 --fps 12 --size 320x180";

}  // namespace

TEST_F(Record, SameCommandTwiceGivesIdenticalFrames) {
    const CommandResult a = record(std::string(kShortRange) + " -o " + path("a.mp4").string());
    ASSERT_EQ(a.exitCode, 0) << a.err;
    const CommandResult b = record(std::string(kShortRange) + " -o " + path("b.mp4").string());
    ASSERT_EQ(b.exitCode, 0) << b.err;
    EXPECT_NE(a.out.find("12 frames at 12 fps"), std::string::npos) << a.out;

    const auto pa = probeVideo(path("a.mp4").string()), pb = probeVideo(path("b.mp4").string());
    EXPECT_EQ(pa.codec, "h264");
    EXPECT_NE(pa.container.find("mp4"), std::string::npos);
    EXPECT_EQ(pa.width, 320);
    EXPECT_EQ(pa.height, 180);
    ASSERT_EQ(pa.frameHashes.size(), 12u);
    EXPECT_NEAR(pa.durationSeconds, 1.0, 1e-6);
    EXPECT_NEAR(pa.frameRate, 12.0, 1e-6);
    EXPECT_EQ(pa.frameHashes, pb.frameHashes) << "two runs of the same command differ";
    // The date moves, so the frames do too.
    EXPECT_NE(pa.frameHashes.front(), pa.frameHashes.back());
}

TEST_F(Record, PngFramesAreDeterministicAndMatchTheRequest) {
    const CommandResult a = record(std::string(kShortRange) + " -o " + path("a").string() + "/");
    ASSERT_EQ(a.exitCode, 0) << a.err;
    const CommandResult b = record(std::string(kShortRange) + " -o " + path("b").string() + "/");
    ASSERT_EQ(b.exitCode, 0) << b.err;
    const auto fa = readFrames(path("a")), fb = readFrames(path("b"));
    ASSERT_EQ(fa.size(), 12u);
    EXPECT_TRUE(fs::exists(path("a") / "frame_000000.png"));
    EXPECT_TRUE(fs::exists(path("a") / "frame_000011.png"));
    const ta::Image first = ta::readPng(path("a") / "frame_000000.png");
    EXPECT_EQ(first.width, 320);
    EXPECT_EQ(first.height, 180);
    EXPECT_TRUE(fa == fb) << "two runs of the same command differ";
    EXPECT_EQ(listing(), (std::vector<std::string>{"a", "b"}));  // no temporary directories left
}

TEST_F(Record, FractionalDaysAnimateStatusChanges) {
    // Daraya's final settlement (2016-08-26): its symbol changes colour over the following days.
    // Five frames across one day land on fractional days, and each differs from the last.
    const CommandResult r = record("--from 2016-08-26 --to 2016-08-27 --duration 1 --fps 5 --size 320x180 --no-captions "
                         "--view 36.10,33.38,36.36,33.53 -o " + path("f").string() + "/");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto frames = readFrames(path("f"));
    ASSERT_EQ(frames.size(), 5u);
    for (size_t i = 1; i < frames.size(); ++i) EXPECT_NE(frames[i], frames[i - 1]) << "frame " << i << " equals the one before";
}

TEST_F(Record, WebmAndGifHaveTheRequestedFramesAndSize) {
    const CommandResult w = record("--from 2014-01-01 --to 2014-03-01 --duration 0.5 --fps 10 --size 256x144 -o " + path("v.webm").string());
    ASSERT_EQ(w.exitCode, 0) << w.err;
    const auto pw = probeVideo(path("v.webm").string());
    EXPECT_EQ(pw.codec, "vp9");
    EXPECT_EQ(pw.width, 256);
    EXPECT_EQ(pw.height, 144);
    EXPECT_EQ(pw.frameHashes.size(), 5u);
    EXPECT_NEAR(pw.durationSeconds, 0.5, 0.011);

    const CommandResult g = record("--from 2014-01-01 --to 2014-03-01 --duration 0.5 --fps 10 --size 255x143 -o " + path("v.gif").string());
    ASSERT_EQ(g.exitCode, 0) << g.err;  // GIF takes odd sizes
    const auto pg = probeVideo(path("v.gif").string());
    EXPECT_EQ(pg.codec, "gif");
    EXPECT_EQ(pg.width, 255);
    EXPECT_EQ(pg.height, 143);
    EXPECT_EQ(pg.frameHashes.size(), 5u);
}

TEST_F(Record, ShippedToursRender) {
    for (const char* tour : {"01_progression", "02_three_models", "03_damascus_evacuations"}) {
        const fs::path file = fs::path(TA_SOURCE_DIR) / "tours" / (std::string(tour) + ".tour");
        const fs::path out = path(tour);
        const CommandResult r = record("--tour " + file.string() + " --fps 1 --size 192x108 -o " + out.string() + "/");
        ASSERT_EQ(r.exitCode, 0) << tour << ": " << r.err;
        EXPECT_EQ(r.err.find("warning"), std::string::npos) << r.err;
        const auto frames = readFrames(out);
        EXPECT_GE(frames.size(), 40u) << tour;
        // Consecutive steps show different places and captions: most frames differ from the next.
        size_t changes = 0;
        for (size_t i = 1; i < frames.size(); ++i) changes += frames[i] != frames[i - 1];
        EXPECT_GT(changes, frames.size() / 2) << tour;
    }
}

TEST_F(Record, ArabicTourRecordsToMp4) {
    const fs::path file = fs::path(TA_SOURCE_DIR) / "tours/03_damascus_evacuations.tour";
    const CommandResult r = record("--tour " + file.string() + " --lang ar --fps 2 --size 320x180 -o " + path("t.mp4").string());
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto p = probeVideo(path("t.mp4").string());
    EXPECT_EQ(p.frameHashes.size(), 2u * 63u);  // 63 s of steps at 2 fps
    EXPECT_NEAR(p.durationSeconds, 63.0, 1e-6);
}

TEST_F(Record, MalformedTourNamesFileAndLine) {
    const fs::path bad = path("bad.tour");
    std::ofstream(bad) << "title_en = x\ntitle_ar = y\n\n[step]\ndate = 2016-08-26\nduration = soon\n";
    const CommandResult r = record("--tour " + bad.string() + " -o " + path("x.mp4").string());
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find(bad.string() + ":6: duration: expected a number, got 'soon'"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(path("x.mp4")));
}

TEST_F(Record, BadArgumentsAreUsageErrors) {
    CommandResult r = record("--from 2016-01-01 --to 2016-02-01 --size 321x180 -o " + path("x.mp4").string());
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--size: H.264 MP4 needs an even width and height, got 321x180"), std::string::npos) << r.err;
    r = record("--from 2016-01-01 --to 2016-02-01 -o " + path("x.avi").string());
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("must end in .mp4, .webm or .gif, or in / for PNG frames"), std::string::npos) << r.err;
    r = record("--from 2016-02-01 --to 2016-01-01 -o " + path("x.mp4").string());
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--to: the end date 2016-01-01 comes before the start 2016-02-01"), std::string::npos) << r.err;
    r = record("--from 2016-01-01 --to 2016-02-01 --fps 0 -o " + path("x.mp4").string());
    EXPECT_EQ(r.exitCode, 2);
    r = record("--from 2016-01-01 --to 2016-02-01 -o /nonexistent-dir/x.mp4");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("/nonexistent-dir/x.mp4"), std::string::npos) << r.err;
    EXPECT_EQ(listing(), std::vector<std::string>{});
}

namespace {

// Starts a long recording in a child, waits until it is writing, then sends `sig`.
int interruptMidway(const fs::path& dir, const std::string& output, int sig) {
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int devnull = ::open("/dev/null", O_WRONLY);
        ::dup2(devnull, 1);
        ::dup2(devnull, 2);
        ::execl(kBinary.c_str(), "truce-atlas", "record", "--from", "2013-01-01", "--to", "2018-12-31", "--duration", "60", "--fps", "30",
                "--size", "640x360", "-o", output.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    // Writing has begun once a temporary file shows up beside the output.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    bool writing = false;
    while (!writing && std::chrono::steady_clock::now() < deadline) {
        for (const auto& e : fs::directory_iterator(dir))
            if (e.path().filename().string().find(".tmp-") != std::string::npos) writing = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    EXPECT_TRUE(writing) << "the recording never started writing";
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));  // mid-stream, with frames in flight
    ::kill(pid, sig);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return status;
}

}  // namespace

TEST_F(Record, CtrlCLeavesNoFileBehind) {
    const int status = interruptMidway(m_dir, path("out.mp4").string(), SIGINT);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 130);
    EXPECT_EQ(listing(), std::vector<std::string>{}) << "files left after Ctrl-C";
}

TEST_F(Record, KillLeavesNothingUnderTheOutputName) {
    const int status = interruptMidway(m_dir, path("out.mp4").string(), SIGKILL);
    ASSERT_TRUE(WIFSIGNALED(status));
    EXPECT_FALSE(fs::exists(path("out.mp4")));  // at most a hidden temporary file remains
}
