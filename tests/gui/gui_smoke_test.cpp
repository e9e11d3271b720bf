// Starts the real window (under the X server scripts/test provides, or xvfb-run), runs a few
// frames, saves the framebuffer and checks it shows the map and the timeline pane.

#include "image.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

namespace fs = std::filesystem;

namespace {

const fs::path kBinary = fs::path(TA_BINARY_DIR) / "app/truce-atlas";

int runWindow(const std::string& args) {
    const char* display = std::getenv("DISPLAY");
    const bool haveDisplay = display && *display;
    const std::string prefix = haveDisplay ? "" : "xvfb-run -a -s '-screen 0 1920x1080x24' ";
    return std::system((prefix + kBinary.string() + " " + args + " > /dev/null 2>&1").c_str());
}

size_t countNear(const ta::Image& im, int r, int g, int b, int tolerance) {
    size_t n = 0;
    for (size_t i = 0; i + 3 < im.rgba.size(); i += 4)
        if (std::abs(im.rgba[i] - r) <= tolerance && std::abs(im.rgba[i + 1] - g) <= tolerance && std::abs(im.rgba[i + 2] - b) <= tolerance) ++n;
    return n;
}

}  // namespace

TEST(GuiSmoke, WindowShowsTheMapAndTheTimeline) {
    const fs::path shot = fs::path(TA_BINARY_DIR) / "gui-smoke.png";
    fs::remove(shot);
    ASSERT_EQ(runWindow("--size 1280x720 --frames 6 --date 2016-08-26 --screenshot " + shot.string()), 0);
    ASSERT_TRUE(fs::exists(shot));
    const ta::Image im = ta::readPng(shot);
    ASSERT_EQ(im.width, 1280);
    ASSERT_EQ(im.height, 720);
    const double total = static_cast<double>(im.width) * im.height;
    // The panes leave the map the middle of the window: the sea (#cad9e2, little of it), the neighbours (#e9e6df) and Syria's governorates (#f7f2e6 / #f1ecdf) all show.
    EXPECT_GT(countNear(im, 0xca, 0xd9, 0xe2, 6) / total, 0.005) << "no sea";
    EXPECT_GT(countNear(im, 0xe9, 0xe6, 0xdf, 4) / total, 0.05) << "no neighbouring countries";
    EXPECT_GT((countNear(im, 0xf7, 0xf2, 0xe6, 4) + countNear(im, 0xf1, 0xec, 0xdf, 4)) / total, 0.05) << "no governorates";
    // The timeline pane along the bottom is dark: some row of the lowest fifth is dark across most of
    // the window's width.
    size_t darkBottom = 0;
    for (int y = im.height * 4 / 5; y < im.height; ++y) {
        size_t dark = 0;
        for (int x = 0; x < im.width; ++x) {
            const uint8_t* p = im.pixel(x, y);
            if (p[0] < 80 && p[1] < 80 && p[2] < 80) ++dark;
        }
        darkBottom = std::max(darkBottom, dark);
    }
    EXPECT_GT(darkBottom, static_cast<size_t>(im.width) * 3 / 4) << "no timeline pane";
}

TEST(GuiSmoke, WithoutADisplayItSaysSoAndExitsOne) {
    const std::string cmd = "env -u DISPLAY -u WAYLAND_DISPLAY " + kBinary.string() + " 2>&1 | grep -q 'truce-atlas render'";
    EXPECT_EQ(std::system(cmd.c_str()), 0);
    const int rc = std::system(("env -u DISPLAY -u WAYLAND_DISPLAY " + kBinary.string() + " > /dev/null 2>&1").c_str());
    ASSERT_TRUE(WIFEXITED(rc));
    EXPECT_EQ(WEXITSTATUS(rc), 1);
}
