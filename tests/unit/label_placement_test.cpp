#include "label_placement.hpp"

#include <gtest/gtest.h>

#include <random>

using namespace ta;

namespace {

PlacementCandidate beside(Vec2 anchor, float w, float priority) {
    PlacementCandidate c;
    c.anchor = anchor;
    c.widthPx = w;
    c.heightPx = 14;
    c.offsetPx = 6;
    c.priority = priority;
    return c;
}

BoxPx screenBox(const PlacementCandidate& c, LabelSide side, double mpp, Vec2 pan = {}) {
    const float x = static_cast<float>((c.anchor.x - pan.x) / mpp), y = static_cast<float>(-(c.anchor.y - pan.y) / mpp);
    return labelBox(c, side).moved(x, y);
}

}  // namespace

TEST(LabelPlacement, BucketScaleIsTheMostZoomedOutScaleOfItsBucket) {
    for (double mpp : {3.0, 17.5, 100.0, 128.0, 999.0, 4096.0, 12345.0}) {
        const double b = zoomBucketScale(mpp);
        EXPECT_GE(b, mpp * (1 - 1e-12));
        EXPECT_LT(b, mpp * std::sqrt(2.0) * (1 + 1e-12));
        EXPECT_DOUBLE_EQ(zoomBucketScale(b), b);  // a bucket's own scale maps to itself
    }
    EXPECT_EQ(zoomBucketScale(100), zoomBucketScale(95));
    EXPECT_NE(zoomBucketScale(100), zoomBucketScale(60));
}

TEST(LabelPlacement, HigherPriorityWinsTheContestedSide) {
    // Two places 10 px apart at 1000 m/px: their right-hand boxes overlap.
    const double mpp = zoomBucketScale(1000);
    std::vector<PlacementCandidate> labels = {beside({0, 0}, 60, 1), beside({0, -10 * mpp}, 60, 5)};
    const auto sides = placeLabels(labels, {}, mpp);
    EXPECT_EQ(sides[1], LabelSide::Right);  // the important one takes its first choice
    EXPECT_NE(sides[0], LabelSide::Right);
    EXPECT_NE(sides[0], LabelSide::Hidden);  // the other moves to a free side
}

TEST(LabelPlacement, ArabicLabelsTryTheLeftSideFirst) {
    PlacementCandidate c = beside({0, 0}, 40, 1);
    c.preferLeft = true;
    EXPECT_EQ(placeLabels({c}, {}, 500)[0], LabelSide::Left);
    c.preferLeft = false;
    EXPECT_EQ(placeLabels({c}, {}, 500)[0], LabelSide::Right);
}

TEST(LabelPlacement, LabelsWithNoRoomAreHidden) {
    const double mpp = zoomBucketScale(1000);
    std::vector<PlacementCandidate> labels;
    for (int i = 0; i < 5; ++i) {
        labels.push_back(beside({0, 0}, 80, static_cast<float>(10 - i)));  // five names on one point
        labels.back().heightPx = 10;  // above and below clear the side boxes (offset 6 > 10 / 2)
    }
    const auto sides = placeLabels(labels, {}, mpp);
    EXPECT_EQ(std::count(sides.begin(), sides.end(), LabelSide::Hidden), 1);  // four sides, five labels
    EXPECT_EQ(sides[4], LabelSide::Hidden);                                    // the lowest priority loses
}

TEST(LabelPlacement, SymbolsAreObstacles) {
    const double mpp = zoomBucketScale(1000);
    PlacementCandidate c = beside({0, 0}, 50, 1);
    // A marker 30 px to the right of the label's anchor, inside where the right-hand label goes.
    const std::vector<PlacementObstacle> obstacles = {{{30 * mpp, 0}, 5}};
    EXPECT_EQ(placeLabels({c}, obstacles, mpp)[0], LabelSide::Left);
}

TEST(LabelPlacement, ScaleRangesAndNonCollidingLabels) {
    PlacementCandidate far = beside({0, 0}, 50, 9);
    far.offsetPx = 0;
    far.scales = {250, 1e30};
    EXPECT_EQ(placeLabels({far}, {}, 2000)[0], LabelSide::Centre);
    EXPECT_EQ(placeLabels({far}, {}, 100)[0], LabelSide::Hidden);
    PlacementCandidate overlay = far;
    overlay.collides = false;
    overlay.scales = {1e9, 1e30};
    // Always drawn and never an obstacle: a colliding label on the same spot still shows.
    const auto sides = placeLabels({overlay, beside({0, 0}, 50, 1)}, {}, 100);
    EXPECT_EQ(sides[0], LabelSide::Centre);
    EXPECT_EQ(sides[1], LabelSide::Right);
}

// Many random labels: no two placed boxes overlap, neither at the bucket's scale nor anywhere
// inside the bucket, and the result does not depend on where the map is panned.
TEST(LabelPlacement, NoOverlapsInsideTheBucketAndStableWhilePanning) {
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> pos(-4e5, 4e5);
    std::uniform_real_distribution<float> width(20, 120), prio(0, 100);
    std::vector<PlacementCandidate> labels;
    for (int i = 0; i < 400; ++i) labels.push_back(beside({pos(rng), pos(rng)}, width(rng), prio(rng)));
    const double mpp = 900;
    const auto sides = placeLabels(labels, {}, mpp);
    const size_t placed = static_cast<size_t>(std::count_if(sides.begin(), sides.end(), [](LabelSide s) { return s != LabelSide::Hidden; }));
    EXPECT_GT(placed, 100u);
    EXPECT_LT(placed, labels.size());
    const double bucket = zoomBucketScale(mpp);
    for (double zoom : {bucket, mpp, bucket * 0.9, bucket * 0.8, bucket / std::sqrt(2.0) * 1.0001}) {
        EXPECT_EQ(placeLabels(labels, {}, zoom), sides) << "placement changed inside the bucket at " << zoom;
        for (size_t i = 0; i < labels.size(); ++i) {
            if (sides[i] == LabelSide::Hidden) continue;
            for (size_t j = i + 1; j < labels.size(); ++j) {
                if (sides[j] == LabelSide::Hidden) continue;
                ASSERT_FALSE(screenBox(labels[i], sides[i], zoom).overlaps(screenBox(labels[j], sides[j], zoom)))
                    << "labels " << i << " and " << j << " overlap at " << zoom << " m/px";
            }
        }
    }
    // Panning shifts every box by the same amount: overlaps cannot appear, and placeLabels takes no
    // pan at all; check the boxes keep their relative layout under an arbitrary pan.
    const Vec2 pan{12345.6, -7890.1};
    for (size_t i = 0; i < 20; ++i) {
        if (sides[i] == LabelSide::Hidden) continue;
        const BoxPx a = screenBox(labels[i], sides[i], mpp), b = screenBox(labels[i], sides[i], mpp, pan);
        EXPECT_NEAR(a.x1 - a.x0, b.x1 - b.x0, 1e-3);
    }
}

TEST(LabelPlacement, ALabelKeepsItsSymbolClearOfOtherNames) {
    const double mpp = zoomBucketScale(1000);
    // B's symbol lies 30 px right of A: A's name avoids it by going left, and both are named.
    PlacementCandidate a = beside({0, 0}, 60, 10), b = beside({30 * mpp, 0}, 40, 5);
    a.symbolRadiusPx = b.symbolRadiusPx = 5;
    EXPECT_EQ(placeLabels({a, b}, {}, mpp), (std::vector<LabelSide>{LabelSide::Left, LabelSide::Right}));
    // Symbols on every side of A (a dense cluster): A's name, the most important, still shows, over
    // B's symbol on its first side; B's name cannot then take its own symbol and stays hidden.
    std::vector<PlacementCandidate> cluster = {a, b, beside({-30 * mpp, 0}, 40, 1), beside({0, 14 * mpp}, 40, 1),
                                               beside({0, -14 * mpp}, 40, 1)};
    for (PlacementCandidate& c : cluster) c.symbolRadiusPx = 5;
    const auto sides = placeLabels(cluster, {}, mpp);
    EXPECT_EQ(sides[0], LabelSide::Right);
    EXPECT_EQ(sides[1], LabelSide::Hidden);
    // The other way round, B's symbol is taken first and A's label avoids it.
    b.priority = 20;
    const auto swapped = placeLabels({a, b}, {}, mpp);
    EXPECT_EQ(swapped[1], LabelSide::Right);
    EXPECT_EQ(swapped[0], LabelSide::Left);
}

// A still image's frame: a name that would be cut by the edge takes another side, or none.
TEST(LabelPlacement, AFrameKeepsNamesInsideTheImage) {
    const double mpp = zoomBucketScale(1000);
    const LabelFrame frame{{0, 0}, mpp, 400, 300};
    // 10 px from the left edge, preferring the left side (Arabic): 60 px do not fit there.
    PlacementCandidate c = beside({-190 * mpp, 0}, 60, 1);
    c.preferLeft = true;
    EXPECT_EQ(placeLabels({c}, {}, mpp)[0], LabelSide::Left);  // without a frame nothing stops it
    EXPECT_EQ(placeLabels({c}, {}, mpp, &frame)[0], LabelSide::Right);
    // Near the top-right corner: right, above and below are cut, left remains; in the corner itself
    // (5 px from the top) nothing fits.
    PlacementCandidate corner = beside({190 * mpp, 135 * mpp}, 60, 1);
    EXPECT_EQ(placeLabels({corner}, {}, mpp, &frame)[0], LabelSide::Left);
    corner.anchor.y = 145 * mpp;
    EXPECT_EQ(placeLabels({corner}, {}, mpp, &frame)[0], LabelSide::Hidden);
    // Wider than the image: hidden. A centred label half outside: hidden; inside: shown.
    EXPECT_EQ(placeLabels({beside({0, 0}, 500, 1)}, {}, mpp, &frame)[0], LabelSide::Hidden);
    PlacementCandidate area = beside({-195 * mpp, 0}, 40, 1);
    area.offsetPx = 0;
    EXPECT_EQ(placeLabels({area}, {}, mpp, &frame)[0], LabelSide::Hidden);
    area.anchor = {-150 * mpp, 0};
    EXPECT_EQ(placeLabels({area}, {}, mpp, &frame)[0], LabelSide::Centre);
    // The frame's own scale counts, not the bucket's: zoomed in 1.2x, the same anchor lies further out.
    const LabelFrame closer{{0, 0}, mpp / 1.2, 400, 300};
    c.preferLeft = false;
    c.anchor = {120 * mpp, 0};  // 144 px right of centre at the closer scale: 150 + 60 > 200
    EXPECT_EQ(placeLabels({c}, {}, mpp, &frame)[0], LabelSide::Right);
    EXPECT_EQ(placeLabels({c}, {}, mpp, &closer)[0], LabelSide::Left);
}

// Keep-out boxes of a frame (title, legend...): a name that would cover one takes another side.
TEST(LabelPlacement, AFrameKeepsNamesOffItsOverlays) {
    const double mpp = zoomBucketScale(1000);
    LabelFrame frame{{0, 0}, mpp, 400, 300};
    const PlacementCandidate c = beside({0, 0}, 60, 1);  // at the frame's centre (200, 150)
    EXPECT_EQ(placeLabels({c}, {}, mpp, &frame)[0], LabelSide::Right);
    frame.keepOut = {{230, 140, 300, 160}};  // a panel where the right-hand name would go
    EXPECT_EQ(placeLabels({c}, {}, mpp, &frame)[0], LabelSide::Left);
    frame.keepOut.push_back({0, 0, 165, 300});  // and another over the left, where the left-hand one goes
    EXPECT_EQ(placeLabels({c}, {}, mpp, &frame)[0], LabelSide::Above);
}
