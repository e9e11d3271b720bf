#include "flow_arc.hpp"
#include "flow_batch.hpp"
#include "story_layers.hpp"

#include <gtest/gtest.h>

using namespace ta;

TEST(FlowArc, RunsFromOriginToDestinationBulgingLeft) {
    const FlowArc east = flowArc({0, 0}, {100000, 0}, 0.2, 40);
    ASSERT_EQ(east.points.size(), 41u);
    EXPECT_EQ(east.points.front(), (Vec2{0, 0}));
    EXPECT_EQ(east.points.back(), (Vec2{100000, 0}));
    // Travelling east, left is north; a quadratic Bezier's midpoint lies half the control offset out.
    const Vec2 mid = east.points[20];
    EXPECT_NEAR(mid.x, 50000, 1e-6);
    EXPECT_NEAR(mid.y, 0.5 * 0.2 * 100000, 1e-6);
    // The way back bends the other way, so A->B and B->A do not overlap.
    const FlowArc west = flowArc({100000, 0}, {0, 0}, 0.2, 40);
    EXPECT_NEAR(west.points[20].y, -10000, 1e-6);
}

TEST(FlowArc, ArcLengthAndPointsAlong) {
    const FlowArc arc = flowArc({0, 0}, {0, 50000}, 0.18, 48);
    for (size_t i = 1; i < arc.along.size(); ++i) EXPECT_GT(arc.along[i], arc.along[i - 1]);
    EXPECT_DOUBLE_EQ(arc.length, arc.along.back());
    EXPECT_GT(arc.length, 50000);       // longer than the chord
    EXPECT_LT(arc.length, 50000 * 1.2); // but not much, for this bulge
    EXPECT_EQ(pointAlong(arc, 0), arc.points.front());
    EXPECT_EQ(pointAlong(arc, 1), arc.points.back());
    EXPECT_EQ(pointAlong(arc, -3), arc.points.front());  // clamped
    EXPECT_EQ(pointAlong(arc, 7), arc.points.back());
    // The arc is symmetric, so half its length is at its midpoint.
    const Vec2 half = pointAlong(arc, 0.5);
    EXPECT_NEAR(half.x, arc.points[24].x, 1.0);
    EXPECT_NEAR(half.y, 25000, 1.0);
    // Distance from the origin grows with the fraction.
    double last = -1;
    for (double f = 0; f <= 1.0001; f += 0.05) {
        const double d = length(pointAlong(arc, f) - arc.points.front());
        EXPECT_GT(d, last);
        last = d;
    }
}

TEST(FlowArc, DegenerateChord) {
    const FlowArc arc = flowArc({5, 5}, {5, 5});
    ASSERT_EQ(arc.points.size(), 1u);
    EXPECT_EQ(arc.length, 0);
    EXPECT_EQ(pointAlong(arc, 0.5), (Vec2{5, 5}));
    std::vector<float> strip;
    appendFlowStrip(arc, strip);
    EXPECT_TRUE(strip.empty());
}

TEST(FlowArc, StripHasMitredJoinsOfTheSameWidth) {
    const FlowArc arc = flowArc({0, 0}, {80000, 30000}, 0.25, 16);
    std::vector<float> strip;
    appendFlowStrip(arc, strip);
    ASSERT_EQ(strip.size(), 16u * 6 * 7);  // two triangles per segment, 7 floats per vertex
    for (size_t v = 0; v < strip.size(); v += 7) {
        const double miter = std::hypot(strip[v + 2], strip[v + 3]);
        EXPECT_GE(miter, 1 - 1e-5);  // never thinner than the line
        EXPECT_LT(miter, 1.1);       // a gentle curve needs little lengthening
        EXPECT_TRUE(strip[v + 4] == -1 || strip[v + 4] == 1);
        EXPECT_GE(strip[v + 5], 0);
        EXPECT_LE(strip[v + 5], strip[v + 6] + 1e-3);
    }
    // A straight arc's joins are plain normals.
    const FlowArc straight = flowArc({0, 0}, {1000, 0}, 0, 4);
    strip.clear();
    appendFlowStrip(straight, strip);
    for (size_t v = 0; v < strip.size(); v += 7) {
        EXPECT_NEAR(strip[v + 2], 0, 1e-6);
        EXPECT_NEAR(std::abs(strip[v + 3]), 1, 1e-6);
    }
}

TEST(FlowArc, WidthGrowsWithPeopleMovedWithinTheStyleRange) {
    const Style style;
    EXPECT_EQ(flowWidthPx(style, 0), style.flowMinWidthPx);  // unknown
    float last = 0;
    for (int64_t people : {50, 500, 2000, 8000, 30000}) {
        const float w = flowWidthPx(style, people);
        EXPECT_GT(w, last);
        EXPECT_LE(w, style.flowMaxWidthPx);
        last = w;
    }
    EXPECT_EQ(flowWidthPx(style, 10'000'000), style.flowMaxWidthPx);
}
