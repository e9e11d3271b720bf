// The scene's side of the explorer: SceneInputs::placeEmphasis (render/scene_builder.hpp) hides,
// dims or rings the corpus's place symbols, and changes nothing when empty.

#include "explore_test_corpus.hpp"
#include "scene_builder.hpp"
#include "timeline.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ta;
using namespace ta::explore::test;

namespace {

struct Fixture {
    corpus::Corpus corpus = smallCorpus();
    corpus::TimelineState state = corpus::stateAt(corpus, dayFromCivil(2018, 1, 1));
    CorpusGeometry geometry;
    MapData map;
    Style style;

    Fixture() {
        for (size_t p = 0; p < corpus.places().size(); ++p) geometry.places.push_back(Vec2{1000.0 * static_cast<double>(p), 0});
    }
    Scene build(const std::vector<PlaceEmphasis>& emphasis) const {
        SceneInputs in;
        in.corpus = {&corpus, &state, &geometry, static_cast<double>(state.day.n)};
        in.labels = false;
        in.placeEmphasis = emphasis;
        return buildScene(map, in, style);
    }
    std::vector<const Marker*> markersOf(const Scene& s, const std::string& place) const {
        std::vector<const Marker*> out;
        const Vec2 at = geometry.places[static_cast<size_t>(corpus.placeIndex(place))];
        for (const Marker& m : s.markers)
            if (m.position.x == at.x && m.position.y == at.y) out.push_back(&m);
        return out;
    }
};

}  // namespace

TEST(SceneEmphasis, EmptyMeansEveryPlaceAsBefore) {
    const Fixture f;
    const Scene plain = f.build({});
    const Scene normal = f.build(std::vector<PlaceEmphasis>(f.corpus.places().size(), PlaceEmphasis::Normal));
    // Places named by an event get a symbol (daraya, moadamiyeh, waer); destinations do not.
    EXPECT_EQ(plain.markers.size(), 3u);
    ASSERT_EQ(normal.markers.size(), plain.markers.size());
    for (size_t i = 0; i < plain.markers.size(); ++i) {
        EXPECT_EQ(normal.markers[i].fill, plain.markers[i].fill);
        EXPECT_EQ(normal.markers[i].radiusPx, plain.markers[i].radiusPx);
    }
}

TEST(SceneEmphasis, HiddenDimmedAndMarked) {
    const Fixture f;
    std::vector<PlaceEmphasis> e(f.corpus.places().size(), PlaceEmphasis::Normal);
    e[static_cast<size_t>(f.corpus.placeIndex("daraya"))] = PlaceEmphasis::Hidden;
    e[static_cast<size_t>(f.corpus.placeIndex("moadamiyeh"))] = PlaceEmphasis::Dimmed;
    e[static_cast<size_t>(f.corpus.placeIndex("waer"))] = PlaceEmphasis::Marked;
    const Scene plain = f.build({});
    const Scene s = f.build(e);

    EXPECT_TRUE(f.markersOf(s, "daraya").empty());

    const auto dimmed = f.markersOf(s, "moadamiyeh"), before = f.markersOf(plain, "moadamiyeh");
    ASSERT_EQ(dimmed.size(), 1u);
    ASSERT_EQ(before.size(), 1u);
    EXPECT_FLOAT_EQ(dimmed[0]->fill.a, before[0]->fill.a * f.style.dimmedPlaceAlpha);
    EXPECT_EQ(dimmed[0]->place, f.corpus.placeIndex("moadamiyeh"));  // still labelled

    // A ring (no fill, the marked colour, no label of its own) behind the unchanged symbol.
    const auto marked = f.markersOf(s, "waer");
    ASSERT_EQ(marked.size(), 2u);
    EXPECT_EQ(marked[0]->stroke, f.style.markedRing);
    EXPECT_EQ(marked[0]->fill.a, 0.f);
    EXPECT_EQ(marked[0]->place, -1);
    EXPECT_GT(marked[0]->radiusPx, marked[1]->radiusPx);
    EXPECT_EQ(marked[1]->fill, f.markersOf(plain, "waer")[0]->fill);
}
