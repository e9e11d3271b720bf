#include "image_compare.hpp"

#include <gtest/gtest.h>

using ta::Image;
using ta::test::compareImages;

namespace {
Image solid(int w, int h, uint8_t r, uint8_t g, uint8_t b) {
    Image im;
    im.width = w;
    im.height = h;
    for (int i = 0; i < w * h; ++i) im.rgba.insert(im.rgba.end(), {r, g, b, 255});
    return im;
}
}  // namespace

TEST(ImageCompare, IdenticalImagesDoNotDiffer) {
    const Image a = solid(8, 8, 10, 200, 30);
    const auto c = compareImages(a, a, 0.1);
    EXPECT_EQ(c.differing, 0u);
    EXPECT_EQ(c.fraction, 0);
}

TEST(ImageCompare, SmallShiftsPassAndLargeOnesFail) {
    const Image a = solid(4, 4, 100, 100, 100);
    EXPECT_EQ(compareImages(solid(4, 4, 103, 100, 100), a, 0.1).differing, 0u);
    Image b = a;
    b.rgba[0] = 255, b.rgba[1] = 0, b.rgba[2] = 0;  // one pixel turned red
    const auto c = compareImages(b, a, 0.1);
    EXPECT_EQ(c.differing, 1u);
    EXPECT_DOUBLE_EQ(c.fraction, 1.0 / 16);
    EXPECT_EQ(c.diff.rgba[0], 255);
}

TEST(ImageCompare, SizeMismatchIsReported) {
    EXPECT_TRUE(compareImages(solid(4, 4, 0, 0, 0), solid(4, 5, 0, 0, 0), 0.1).sizeMismatch);
}
