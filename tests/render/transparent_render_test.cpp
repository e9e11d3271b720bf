// render --transparent: the sea comes out with alpha 0 and the land stays opaque, so the map can be
// laid over a slide's own background.

#include "cli_args.hpp"
#include "image.hpp"
#include "render_command.hpp"

#include <gtest/gtest.h>

#include <sstream>

TEST(TransparentRender, SeaIsTransparentAndLandIsNot) {
    std::ostringstream warnings;
    ta::RenderOptions opt = ta::parseRenderArgs({"--date", "2016-08-26", "--size", "160x120", "--overlays", "none",
                                                 "--labels", "off", "--transparent", "-o", "unused.png"});
    ASSERT_TRUE(opt.transparent);
    const ta::Image transparent = ta::renderMapImage(opt, warnings);
    opt.transparent = false;
    const ta::Image opaque = ta::renderMapImage(opt, warnings);

    // The default view fits Syria: its middle is land, and the frame's left edge is mostly the
    // Mediterranean, west of Latakia and Tartus.
    const auto transparentShare = [](const ta::Image& im, int columns) {
        int clear = 0;
        for (int y = 0; y < im.height; ++y)
            for (int x = 0; x < columns; ++x) clear += im.pixel(x, y)[3] == 0;
        return static_cast<double>(clear) / (columns * im.height);
    };
    EXPECT_EQ(transparent.pixel(80, 60)[3], 255) << "land must stay opaque";
    EXPECT_GT(transparentShare(transparent, 8), 0.3) << "the sea must be transparent";
    EXPECT_EQ(transparentShare(opaque, 8), 0.0) << "without --transparent the sea is opaque";
}
