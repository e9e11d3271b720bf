// An event layer (--layer FILE,time=FIELD) drawn by `render` over the default map (no corpus, so
// nothing else is red): the events of [date - window, date] show, the others do not. Counted in
// pixels of the event colour, no golden image.

#include "cli_args.hpp"
#include "image.hpp"
#include "unit/geodata_test_support.hpp"
#include "render_command.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace {

struct Halves {
    int left = 0, right = 0;  // event-coloured pixels in each half of the image
};

// Cluster A (west, late August 2016) and cluster B (east, early January 2016).
std::string writeEvents(const ta::geodata_test::TempDir& dir) {
    std::string csv = "lon,lat,date\n";
    for (int i = 0; i < 8; ++i) csv += std::to_string(36.0 + 0.02 * i) + ",33.0,2016-08-25T1" + std::to_string(i) + ":00\n";
    for (int i = 0; i < 8; ++i) csv += std::to_string(40.0 + 0.02 * i) + ",36.0,2016-01-05\n";
    return dir.write("events.csv", csv);
}

Halves render(const std::string& file, const std::string& date, const std::string& windowDays) {
    std::vector<std::string> args = {"--layer", file + ",time=date", "--date", date, "--size", "400x300",
                                     "--overlays", "none", "--labels", "off", "--corpus", "none", "-o", "not-written.png"};
    if (!windowDays.empty()) args.insert(args.end(), {"--time-window", windowDays});
    std::ostringstream warnings;
    const ta::Image image = ta::renderMapImage(ta::parseRenderArgs(args), warnings);
    Halves h;
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x) {
            const uint8_t* p = image.pixel(x, y);
            if (p[3] > 0 && p[0] > 120 && p[1] < 90 && p[2] < 100) (x < image.width / 2 ? h.left : h.right)++;
        }
    return h;
}

TEST(EventLayerRender, DrawsOnlyTheEventsInTheWindow) {
    ta::geodata_test::TempDir dir;
    const std::string file = writeEvents(dir);

    const Halves august = render(file, "2016-08-26", "");  // default window: 30 days
    EXPECT_GT(august.left, 8);
    EXPECT_EQ(august.right, 0);

    const Halves january = render(file, "2016-01-10", "");
    EXPECT_EQ(january.left, 0);
    EXPECT_GT(january.right, 8);

    const Halves late = render(file, "2016-10-30", "");  // A is 66 days old, B 299
    EXPECT_EQ(late.left, 0);
    EXPECT_EQ(late.right, 0);

    const Halves wide = render(file, "2016-08-26", "400");
    EXPECT_GT(wide.left, 8);
    EXPECT_GT(wide.right, 8);
}

TEST(EventLayerRender, TimeOptionErrorsAreUsageErrors) {
    EXPECT_THROW(ta::parseRenderArgs({"--date", "2016-08-26", "-o", "x.png", "--time-window", "-3"}), ta::UsageError);
    EXPECT_THROW(ta::parseRenderArgs({"--date", "2016-08-26", "-o", "x.png", "--boundaries", "a.gpkg,time=date"}), ta::UsageError);
    EXPECT_THROW(ta::parseRenderArgs({"--date", "2016-08-26", "-o", "x.png", "--layer", "a.gpkg,time=date,fill=kind"}), ta::UsageError);
}

}  // namespace
