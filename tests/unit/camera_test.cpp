#include "camera.hpp"

#include <gtest/gtest.h>

using namespace ta;

TEST(Camera, ScreenWorldRoundTrip) {
    Camera c;
    c.center = {1000, -2000};
    c.metresPerPixel = 250;
    c.widthPx = 800;
    c.heightPx = 600;
    for (Vec2 px : {Vec2{0, 0}, Vec2{400, 300}, Vec2{799, 12}, Vec2{-50, 900}}) {
        const Vec2 back = c.worldToScreen(c.screenToWorld(px));
        EXPECT_NEAR(back.x, px.x, 1e-9);
        EXPECT_NEAR(back.y, px.y, 1e-9);
    }
    EXPECT_EQ(c.screenToWorld({400, 300}), c.center);
    EXPECT_GT(c.screenToWorld({400, 0}).y, c.center.y);  // screen y down = north up
}

TEST(Camera, ZoomKeepsThePointUnderTheCursorFixed) {
    Camera c;
    c.center = {5e4, 3e4};
    c.metresPerPixel = 1200;
    c.widthPx = 1920;
    c.heightPx = 1080;
    for (Vec2 cursor : {Vec2{100, 100}, Vec2{1800, 1000}, Vec2{960, 540}}) {
        for (double factor : {1.2, 1 / 1.2, 3.0}) {
            Camera z = c;
            const Vec2 before = z.screenToWorld(cursor);
            z.zoomAbout(cursor, factor);
            const Vec2 after = z.screenToWorld(cursor);
            EXPECT_NEAR(after.x, before.x, 1e-6);
            EXPECT_NEAR(after.y, before.y, 1e-6);
            EXPECT_NEAR(z.metresPerPixel, c.metresPerPixel / factor, 1e-9);
        }
    }
}

TEST(Camera, PanMovesTheMapWithTheMouse) {
    Camera c;
    c.metresPerPixel = 100;
    const Vec2 grabbed = c.screenToWorld({300, 200});
    c.panByPixels({40, -25});
    const Vec2 now = c.worldToScreen(grabbed);
    EXPECT_NEAR(now.x, 340, 1e-9);
    EXPECT_NEAR(now.y, 175, 1e-9);
}

TEST(Camera, FitShowsTheWholeBox) {
    BBox box{-3e5, -2e5, 4e5, 1e5};
    const Camera c = Camera::fit(box, 1000, 500);
    const BBox visible = c.visibleWorld();
    EXPECT_LE(visible.minX, box.minX);
    EXPECT_GE(visible.maxX, box.maxX);
    EXPECT_LE(visible.minY, box.minY);
    EXPECT_GE(visible.maxY, box.maxY);
}

TEST(Camera, InterpolationEndsAtTheTarget) {
    Camera a, b;
    a.center = {0, 0};
    a.metresPerPixel = 1000;
    b.center = {1e5, -1e5};
    b.metresPerPixel = 10;
    const Camera end = interpolate(a, b, 1);
    EXPECT_NEAR(end.center.x, 1e5, 1e-6);
    EXPECT_NEAR(end.metresPerPixel, 10, 1e-9);
    EXPECT_NEAR(interpolate(a, b, 0.5).metresPerPixel, 100, 1e-9);  // geometric middle
}
