// The map's palette: every place status of the taxonomy has its own Okabe-Ito colour, distinct from
// the others and from the colours of zones, flows and the explorer's marks; symbol sizes by people
// moved. Status colours at dates of the real corpus are in story_scene_test.

#include "load_corpus.hpp"
#include "style.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>

using namespace ta;

namespace {

// Okabe & Ito (2008), "Color Universal Design": the eight colours, black left out.
const char* const kOkabeIto[] = {"#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7"};

float distance(Rgba a, Rgba b) { return std::sqrt((a.r - b.r) * (a.r - b.r) + (a.g - b.g) * (a.g - b.g) + (a.b - b.b) * (a.b - b.b)); }

bool inOkabeIto(Rgba c) {
    for (const char* hex : kOkabeIto)
        if (distance(c, rgbaFromHex(hex)) < 1e-3f) return true;
    return false;
}

}  // namespace

TEST(Style, EveryStatusOfTheTaxonomyHasItsOwnColour) {
    const corpus::LoadResult loaded = corpus::loadCorpus(std::filesystem::path(TA_SOURCE_DIR) / "corpus/data");
    ASSERT_TRUE(loaded.corpus) << "the corpus sources do not load";
    const auto& statuses = loaded.corpus->taxonomy().statuses;
    ASSERT_GE(statuses.size(), 6u);
    const Style style;
    const Rgba unknown = style.statusColor("no-such-status");
    for (size_t i = 0; i < statuses.size(); ++i) {
        const Rgba c = style.statusColor(statuses[i].id);
        // "none" is the neutral grey; every other status must not fall back to it.
        if (statuses[i].id == "none") EXPECT_EQ(c, unknown);
        else EXPECT_TRUE(inOkabeIto(c)) << statuses[i].id << " has no colour of its own";
        for (size_t j = 0; j < i; ++j)
            EXPECT_GT(distance(c, style.statusColor(statuses[j].id)), 0.2f) << statuses[i].id << " vs " << statuses[j].id;
    }
}

TEST(Style, MarksAndFlowsDoNotLookLikeAStatus) {
    const Style style;
    for (const char* status : {"none", "truce", "deescalation", "settled", "evacuated", "collapsed"}) {
        EXPECT_GT(distance(style.flow, style.statusColor(status)), 0.2f) << status;
        EXPECT_GT(distance(style.markedRing, style.statusColor(status)), 0.2f) << status;
    }
}

TEST(Style, SymbolsGrowWithPeopleMovedUpToACap) {
    const Style style;
    EXPECT_FLOAT_EQ(style.placeRadiusFor(0), style.placeRadiusPx);
    EXPECT_FLOAT_EQ(style.placeRadiusFor(-5), style.placeRadiusPx);
    float previous = style.placeRadiusPx;
    for (double people : {100.0, 1000.0, 5000.0, 20000.0}) {
        const float r = style.placeRadiusFor(people);
        EXPECT_GT(r, previous) << people;
        previous = r;
    }
    // Area, not radius, follows the count: four times the people, about twice the growth.
    const float g1 = style.placeRadiusFor(1000) - style.placeRadiusPx, g4 = style.placeRadiusFor(4000) - style.placeRadiusPx;
    EXPECT_NEAR(g4 / g1, 2.0f, 1e-3f);
    EXPECT_FLOAT_EQ(style.placeRadiusFor(1e9), style.placeRadiusPx * 4);
}
