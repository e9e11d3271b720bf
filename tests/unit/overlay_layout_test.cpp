#include "error.hpp"
#include "overlay_layout.hpp"

#include <gtest/gtest.h>

using namespace ta;

namespace {

// Half an em per character: enough to test the layout without fonts.
float fakeMeasure(const std::string& s, float px) { return static_cast<float>(s.size()) * 0.5f * px; }

Camera camera1600() {
    Camera c;
    c.center = {1000, 2000};
    c.metresPerPixel = 900;
    c.widthPx = 1600;
    c.heightPx = 1000;
    return c;
}

OverlayContent sampleContent(const std::string& lang) {
    OverlayContent c = overlayContent(nullptr, dayFromCivil(2016, 8, 26), lang, "Natural Earth (public domain)", Style{});
    c.legendTitle = "Status";
    c.legend = {{LegendRow::Kind::Status, "Truce in force", rgbaFromHex("#e69f00")},
                {LegendRow::Kind::DeescalationZone, "De-escalation zone (schematic)", rgbaFromHex("#3a9fd8")},
                {LegendRow::Kind::Flow, "Evacuation", rgbaFromHex("#007d5c")}};
    return c;
}

const Label* find(const SceneLayer& layer, const std::string& text) {
    for (const Label& l : layer.labels)
        if (l.text == text) return &l;
    return nullptr;
}

}  // namespace

TEST(OverlayLayout, ParsesTheOverlayList) {
    EXPECT_EQ(parseOverlaySet("--overlays", "all"), OverlaySet::all());
    EXPECT_FALSE(parseOverlaySet("--overlays", "none").any());
    const OverlaySet some = parseOverlaySet("--overlays", "scale,title");
    EXPECT_TRUE(some.title && some.scale);
    EXPECT_FALSE(some.date || some.legend || some.attribution);
    try {
        parseOverlaySet("--overlays", "title,compass");
        FAIL() << "no error for an unknown overlay";
    } catch (const UsageError& e) {
        EXPECT_NE(std::string(e.what()).find("--overlays"), std::string::npos);
        EXPECT_NE(std::string(e.what()).find("compass"), std::string::npos);
    }
    EXPECT_THROW(parseOverlaySet("--overlays", ""), UsageError);
}

TEST(OverlayLayout, NiceScaleLengths) {
    EXPECT_DOUBLE_EQ(niceScaleLength(137000), 100000);
    EXPECT_DOUBLE_EQ(niceScaleLength(260000), 200000);
    EXPECT_DOUBLE_EQ(niceScaleLength(59000), 50000);
    EXPECT_DOUBLE_EQ(niceScaleLength(5000), 5000);
    EXPECT_DOUBLE_EQ(niceScaleLength(999), 500);
    EXPECT_DOUBLE_EQ(niceScaleLength(0.9), 0.5);
    EXPECT_EQ(niceScaleLength(0), 0);
    for (double m = 1; m < 1e7; m *= 1.37) {
        const double n = niceScaleLength(m);
        EXPECT_LE(n, m * (1 + 1e-12));
        EXPECT_GT(n, m * 0.4);  // 1-2-5 steps never lose more than 60%
    }
}

TEST(OverlayLayout, DistancesAndDates) {
    EXPECT_EQ(formatDistance(50000, "en"), "50 km");
    EXPECT_EQ(formatDistance(500, "en"), "500 m");
    EXPECT_EQ(formatDistance(2000, "ar"), "2 كم");
    EXPECT_EQ(formatCaptionDate(dayFromCivil(2016, 8, 26), "en"), "26 August 2016");
    EXPECT_EQ(formatCaptionDate(dayFromCivil(2018, 4, 15), "en"), "15 April 2018");
    EXPECT_EQ(formatCaptionDate(dayFromCivil(2018, 4, 15), "ar"), "15 نيسان 2018");
    EXPECT_EQ(formatCaptionDate(dayFromCivil(2014, 2, 1), "ar"), "1 شباط 2014");
}

TEST(OverlayLayout, NothingWhenNothingIsAsked) {
    const SceneLayer layer = layoutOverlays({}, sampleContent("en"), camera1600(), Style{}, fakeMeasure);
    EXPECT_TRUE(layer.labels.empty() && layer.fills.empty() && layer.markers.empty() && layer.zones.empty() && layer.flows.empty());
}

TEST(OverlayLayout, EnglishLayout) {
    const Camera cam = camera1600();
    const OverlayContent content = sampleContent("en");
    const SceneLayer layer = layoutOverlays(OverlaySet::all(), content, cam, Style{}, fakeMeasure);
    const Label* title = find(layer, content.title);
    const Label* date = find(layer, "26 August 2016");
    ASSERT_TRUE(title && date);
    const Vec2 t = cam.worldToScreen(title->anchor), d = cam.worldToScreen(date->anchor);
    EXPECT_LT(t.x, 200);  // top left, left-aligned
    EXPECT_LT(t.y, 100);
    EXPECT_EQ(title->align, TextAlign::Left);
    EXPECT_GT(d.y, t.y);  // the date under the title
    for (const Label& l : layer.labels) EXPECT_FALSE(l.collides);  // overlays never compete with map labels
    // The legend: bottom right, one swatch per row of its kind.
    const Label* truce = find(layer, "Truce in force");
    ASSERT_TRUE(truce);
    const Vec2 r = cam.worldToScreen(truce->anchor);
    EXPECT_GT(r.x, 800);
    EXPECT_GT(r.y, 500);
    EXPECT_EQ(layer.zones.size(), 1u);  // the hatched zone swatch
    EXPECT_EQ(layer.flows.size(), 1u);  // the arc swatch
    EXPECT_GE(layer.markers.size(), 1u);
    // The scale bar names a round length whose bar spans that many metres.
    const double metres = niceScaleLength(1600 * 0.18 * cam.metresPerPixel);
    ASSERT_TRUE(find(layer, formatDistance(metres, "en")));
    bool barFound = false;
    for (const FillItem& f : layer.fills) {
        BBox b;
        for (Vec2 v : f.mesh->vertices) b.extend(v);
        if (std::abs(b.width() - metres / 2) < 1e-6 * metres) barFound = true;  // the dark half of the bar
    }
    EXPECT_TRUE(barFound);
    ASSERT_TRUE(find(layer, content.attribution));
    EXPECT_EQ(find(layer, content.attribution)->align, TextAlign::Left);
}

TEST(OverlayLayout, ArabicTitleFromTheRightLegendRightToLeft) {
    const Camera cam = camera1600();
    OverlayContent content = sampleContent("ar");
    const SceneLayer layer = layoutOverlays(OverlaySet::all(), content, cam, Style{}, fakeMeasure);
    const Label* title = find(layer, content.title);
    ASSERT_TRUE(title);
    EXPECT_EQ(title->align, TextAlign::Right);
    EXPECT_GT(cam.worldToScreen(title->anchor).x, 1400);  // its right edge near the right margin
    const Label* truce = find(layer, "Truce in force");
    ASSERT_TRUE(truce);
    EXPECT_EQ(truce->align, TextAlign::Right);
    // In Arabic the swatch is to the right of its text.
    ASSERT_FALSE(layer.markers.empty());
    EXPECT_GT(cam.worldToScreen(layer.markers.front().position).x, cam.worldToScreen(truce->anchor).x);
}

TEST(OverlayLayout, ScalesWithTheViewSoCompositionStaysTheSame) {
    Camera small = camera1600(), large = camera1600();
    small.widthPx = 400;
    small.heightPx = 250;
    large.widthPx = 3200;
    large.heightPx = 2000;
    const OverlayContent content = sampleContent("en");
    const SceneLayer smallLayer = layoutOverlays(OverlaySet::all(), content, small, Style{}, fakeMeasure);
    const Label* a = find(smallLayer, content.title);
    const SceneLayer bigLayer = layoutOverlays(OverlaySet::all(), content, large, Style{}, fakeMeasure);
    const Label* b = find(bigLayer, content.title);
    ASSERT_TRUE(a && b);
    EXPECT_GT(b->sizePx, a->sizePx * 3);
}

// The boxes map labels of a still image keep clear of: every overlay text and panel inside one of
// them, nothing in the open middle of the map.
TEST(OverlayLayout, KeepOutCoversEveryOverlayAndLeavesTheMapFree) {
    const Camera cam = camera1600();
    for (const char* lang : {"en", "ar"}) {
        const SceneLayer layer = layoutOverlays(OverlaySet::all(), sampleContent(lang), cam, Style{}, fakeMeasure);
        const std::vector<BoxPx> keepOut = overlayKeepOut(layer, cam, fakeMeasure);
        auto covered = [&](Vec2 px) {
            return std::any_of(keepOut.begin(), keepOut.end(), [&](const BoxPx& b) {
                return px.x >= b.x0 && px.x <= b.x1 && px.y >= b.y0 && px.y <= b.y1;
            });
        };
        for (const Label& l : layer.labels) {
            const Vec2 at = cam.worldToScreen(l.anchor);
            EXPECT_TRUE(covered(at)) << lang << ": '" << l.text << "' is outside the keep-out";
            // Its far end too: the whole text, not just its anchor.
            const float w = fakeMeasure(l.text, l.sizePx);
            const float end = l.align == TextAlign::Left ? w - 1 : l.align == TextAlign::Right ? 1 - w : 0;
            EXPECT_TRUE(covered({at.x + end, at.y})) << lang << ": the end of '" << l.text << "'";
        }
        for (const FillItem& f : layer.fills)
            for (Vec2 v : f.mesh->vertices) EXPECT_TRUE(covered(cam.worldToScreen(v))) << lang;
        EXPECT_FALSE(covered({800, 500})) << lang;  // the middle of the map
        EXPECT_FALSE(covered({800, 980})) << lang;  // bottom middle: between scale bar and legend
    }
    EXPECT_TRUE(overlayKeepOut(SceneLayer{}, cam, fakeMeasure).empty());
}
