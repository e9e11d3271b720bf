// The scene at dates of the real corpus: place colours by status (with the transition), zones
// fading in and out, flows travelling, labels in both languages. Pure: no GL.

#include "corpus_layer.hpp"
#include "load_corpus.hpp"
#include "scene_builder.hpp"
#include "timeline.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ta;

namespace {

class StoryScene : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        corpus::LoadResult result = corpus::loadCorpus(std::filesystem::path(TA_SOURCE_DIR) / "corpus/data");
        ASSERT_TRUE(result.corpus) << "the corpus sources do not load";
        s_corpus = new corpus::Corpus(std::move(*result.corpus));
        s_projection = new Projection();
        s_geometry = new CorpusGeometry(projectCorpus(*s_corpus, *s_projection));
    }
    static void TearDownTestSuite() {
        delete s_geometry;
        delete s_projection;
        delete s_corpus;
    }

    Scene sceneAt(int y, int m, int d, double extraDays = 0, const std::string& lang = "en") {
        const Day day = dayFromCivil(y, m, d);
        m_state = corpus::stateAt(*s_corpus, day);
        SceneInputs inputs;
        inputs.corpus = {s_corpus, &m_state, s_geometry, day.n + extraDays};
        inputs.lang = lang;
        return buildScene(m_map, inputs, m_style);
    }
    const Marker* markerOf(const Scene& scene, const std::string& placeId) const {
        const int i = s_corpus->placeIndex(placeId);
        for (const Marker& m : scene.markers)
            if (m.place == i) return &m;
        return nullptr;
    }
    const Label* labelOf(const Scene& scene, const std::string& text) const {
        for (const Label& l : scene.labels)
            if (l.text == text) return &l;
        return nullptr;
    }
    int zoneIndex(const std::string& id) const { return s_corpus->zoneIndex(id); }

    static inline corpus::Corpus* s_corpus = nullptr;
    static inline Projection* s_projection = nullptr;
    static inline CorpusGeometry* s_geometry = nullptr;
    MapData m_map;
    Style m_style;
    corpus::TimelineState m_state;
};

bool near(Rgba a, Rgba b) {
    return std::abs(a.r - b.r) < 1e-4 && std::abs(a.g - b.g) < 1e-4 && std::abs(a.b - b.b) < 1e-4 && std::abs(a.a - b.a) < 1e-4;
}

}  // namespace

TEST_F(StoryScene, DarayaColourFollowsItsStatus) {
    // Daraya: no agreement until the final settlement of 26 August 2016, which evacuated it.
    const Scene before = sceneAt(2016, 8, 1);
    ASSERT_TRUE(markerOf(before, "daraya"));
    EXPECT_TRUE(near(markerOf(before, "daraya")->fill, m_style.statusColor("none")));
    const Scene after = sceneAt(2016, 10, 1);
    EXPECT_TRUE(near(markerOf(after, "daraya")->fill, m_style.statusColor("evacuated")));
    // Half way through the transition the colour is half way between the two.
    const Scene during = sceneAt(2016, 8, 26, kStatusTransitionDays / 2);
    EXPECT_TRUE(near(markerOf(during, "daraya")->fill, mix(m_style.statusColor("none"), m_style.statusColor("evacuated"), 0.5f)));
    EXPECT_GT(markerOf(during, "daraya")->radiusPx, markerOf(after, "daraya")->radiusPx);  // it swells while changing
}

TEST_F(StoryScene, ZonesFadeInAtTheirDates) {
    const Scene early = sceneAt(2016, 6, 1);
    EXPECT_TRUE(early.zones.empty());
    // The Idlib zone (May 2017) and the northern Homs one (August 2017) are in force in October 2017.
    const Scene autumn = sceneAt(2017, 10, 1);
    ASSERT_GE(autumn.zones.size(), 2u);
    for (const HatchFill& z : autumn.zones) {
        EXPECT_TRUE(z.mesh && !z.mesh->indices.empty());
        EXPECT_GT(z.opacity, 0.f);
    }
    // Just after a zone starts it is still fading in.
    const corpus::Zone& idlib = s_corpus->zones()[static_cast<size_t>(zoneIndex("deescalation-idlib"))];
    const Day start = idlib.date.representative();
    const CivilDate c = civilFromDay(Day{start.n + corpus::kZoneFadeDays / 2});
    const Scene fading = sceneAt(c.year, c.month, c.day);
    const auto it = std::find_if(fading.zones.begin(), fading.zones.end(),
                                 [&](const HatchFill& z) { return z.mesh == s_geometry->zones[static_cast<size_t>(zoneIndex("deescalation-idlib"))].mesh; });
    ASSERT_NE(it, fading.zones.end());
    EXPECT_GT(it->opacity, 0.2f);
    EXPECT_LT(it->opacity, 0.8f);
    // The demilitarised zone of Sochi (17 September 2018) is hatched the other way.
    const Scene sochi = sceneAt(2018, 12, 1);
    const auto dmz = std::find_if(sochi.zones.begin(), sochi.zones.end(), [&](const HatchFill& z) {
        return z.mesh == s_geometry->zones[static_cast<size_t>(zoneIndex("demilitarised-idlib"))].mesh;
    });
    ASSERT_NE(dmz, sochi.zones.end());
    EXPECT_LT(dmz->angleDeg, 0);
}

TEST_F(StoryScene, DarayaEvacuationTravelsAroundItsDate) {
    const Scene before = sceneAt(2016, 7, 1);
    const Scene day = sceneAt(2016, 8, 26);
    const Scene arrived = sceneAt(2016, 9, 20);
    const Scene gone = sceneAt(2017, 1, 1);
    const int daraya = s_corpus->placeIndex("daraya");
    auto fromDaraya = [&](const Scene& s) {
        std::vector<const FlowItem*> out;
        for (const FlowItem& f : s.flows)
            if (f.arc && f.arc->points.front() == s_geometry->places[static_cast<size_t>(daraya)]) out.push_back(&f);
        return out;
    };
    EXPECT_TRUE(fromDaraya(before).empty());
    ASSERT_FALSE(fromDaraya(day).empty());
    for (const FlowItem* f : fromDaraya(day)) {
        EXPECT_GT(f->progress, 0.f);
        EXPECT_LT(f->progress, 1.f);
        EXPECT_EQ(f->alpha, 1.f);
    }
    ASSERT_FALSE(fromDaraya(arrived).empty());
    for (const FlowItem* f : fromDaraya(arrived)) {
        EXPECT_EQ(f->progress, 1.f);
        EXPECT_LT(f->alpha, 1.f);
    }
    EXPECT_TRUE(fromDaraya(gone).empty());
}

TEST_F(StoryScene, LabelsInEitherLanguage) {
    const Scene en = sceneAt(2016, 8, 26);
    const Scene ar = sceneAt(2016, 8, 26, 0, "ar");
    const Label* darayaEn = labelOf(en, "Daraya");
    const Label* darayaAr = labelOf(ar, "داريا");
    ASSERT_TRUE(darayaEn);
    ASSERT_TRUE(darayaAr);
    EXPECT_FALSE(darayaEn->preferLeft);
    EXPECT_TRUE(darayaAr->preferLeft);  // Arabic names to the left of their symbol first
    EXPECT_GT(darayaEn->offsetPx, 0);
    // On its evacuation day Daraya ranks higher than a year later, when nothing happens there.
    const float onTheDay = darayaEn->priority;
    const Scene later = sceneAt(2017, 8, 26);
    ASSERT_TRUE(labelOf(later, "Daraya"));
    EXPECT_GT(onTheDay, labelOf(later, "Daraya")->priority);
    // Every place symbol has a label.
    const size_t placeMarkers = static_cast<size_t>(std::count_if(en.markers.begin(), en.markers.end(), [](const Marker& m) { return m.place >= 0; }));
    EXPECT_EQ(en.labels.size(), placeMarkers);  // no admin areas in an empty map
}

TEST_F(StoryScene, NamesClearTheirSymbolAtEverySize) {
    // Daraya's symbol grows with the people moved out of it; its name keeps beside it, and does not
    // move while the symbol pulses through the status change.
    const Scene before = sceneAt(2016, 8, 1);
    const Scene during = sceneAt(2016, 8, 26, kStatusTransitionDays / 2);
    const Scene after = sceneAt(2016, 10, 1);
    const Marker* symbolAfter = markerOf(after, "daraya");
    ASSERT_TRUE(symbolAfter && labelOf(before, "Daraya") && labelOf(during, "Daraya") && labelOf(after, "Daraya"));
    EXPECT_GT(symbolAfter->radiusPx, m_style.placeRadiusPx * 1.5f);  // a large symbol: thousands moved
    const Label& label = *labelOf(after, "Daraya");
    EXPECT_GE(label.symbolPx, symbolAfter->radiusPx + m_style.placeStrokePx - 1e-4f);
    EXPECT_GE(label.offsetPx, label.symbolPx + m_style.labelGapPx - 1e-4f);
    EXPECT_GT(label.offsetPx, labelOf(before, "Daraya")->offsetPx);
    EXPECT_FLOAT_EQ(labelOf(during, "Daraya")->offsetPx, label.offsetPx);
}
