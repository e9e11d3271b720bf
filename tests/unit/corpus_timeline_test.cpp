#include "corpus_test_support.hpp"
#include "load_corpus.hpp"
#include "timeline.hpp"

#include <gtest/gtest.h>


using namespace ta;
using namespace ta::corpus;
using namespace ta::corpus::test;

namespace {

Day day(int y, int m, int d) { return dayFromCivil(y, m, d); }

/// A corpus made of the test base plus `body` (events of case 1, zones...).
Corpus corpusOf(const std::string& body) {
    TempDir dir;
    dir.write("base.toml", kBaseToml);
    dir.write("cases/01.toml", caseToml(1, "case-a") + body);
    LoadResult result = loadCorpus(dir.path());
    EXPECT_TRUE(result.corpus) << result.diagnostics.formatAll();
    return result.corpus ? std::move(*result.corpus) : Corpus();
}

std::string zoneToml(const std::string& id, const std::string& date, const std::string& end, const std::string& places) {
    return "[[zone]]\nid = \"" + id + "\"\nkind = \"deescalation\"\nname_en = \"Z\"\nname_ar = \"ز\"\ndate = \"" + date + "\"\n" +
           (end.empty() ? "" : "date_end = \"" + end + "\"\n") + "places = " + places +
           "\nsummary_en = \"s\"\nsummary_ar = \"س\"\nsource = { section = \"3\" }\n\n";
}

const std::string kFlowToIdlib = "[[event.flow]]\nfrom = \"town-a\"\nto = \"idlib\"\nwho = \"fighters\"\ncount = 500\n";

Status statusOf(const Corpus& c, const std::string& place, Day d) {
    return stateAt(c, d).places[static_cast<size_t>(c.placeIndex(place))].status;
}

}  // namespace

TEST(Timeline, StatusIdsMatchTheTaxonomy) {
    for (Status s : {Status::None, Status::Truce, Status::Deescalation, Status::Settled, Status::Evacuated, Status::Collapsed})
        EXPECT_EQ(parseStatus(statusId(s)), s);
    EXPECT_FALSE(parseStatus("peace"));
    const LoadResult real = loadCorpus(realDataDir());
    ASSERT_TRUE(real.corpus);
    std::vector<std::string> ids;
    for (const Term& t : real.corpus->taxonomy().statuses) ids.push_back(t.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"none", "truce", "deescalation", "settled", "evacuated", "collapsed"}));
}

TEST(Timeline, TruceThenSettlementThenEvacuationAtTheFlowDate) {
    const Corpus c = corpusOf(eventToml("t", "2014-01-10", "truce", "[\"town-a\"]") +
                              eventToml("m", "2015-03-01", "meeting", "[\"town-a\"]") +
                              eventToml("f", "2016-08-20", "final_settlement", "[\"town-a\"]", "",
                                        kFlowToIdlib + "date = \"2016-08-26\"\n"));
    EXPECT_EQ(statusOf(c, "town-a", day(2014, 1, 9)), Status::None);
    EXPECT_EQ(statusOf(c, "town-a", day(2014, 1, 10)), Status::Truce);
    EXPECT_EQ(statusOf(c, "town-a", day(2015, 6, 1)), Status::Truce);  // a meeting leaves the status
    EXPECT_EQ(statusOf(c, "town-a", day(2016, 8, 22)), Status::Settled);
    const TimelineState after = stateAt(c, day(2016, 9, 1));
    const PlaceState& a = after.places[static_cast<size_t>(c.placeIndex("town-a"))];
    EXPECT_EQ(a.status, Status::Evacuated);
    EXPECT_EQ(a.previous, Status::Settled);
    EXPECT_EQ(a.since, day(2016, 8, 26));
    EXPECT_EQ(a.magnitude, 500);
    EXPECT_EQ(c.events()[static_cast<size_t>(a.latestEvent)].id, "f");
    // The destination keeps its status.
    EXPECT_EQ(after.places[static_cast<size_t>(c.placeIndex("idlib"))].status, Status::None);
}

TEST(Timeline, APlaceNamedInAnEventIsAPartyEvenWhenPeopleAreSentThere) {
    // A truce covering town-a and Idlib that also moves town-a's fighters to Idlib.
    const Corpus c = corpusOf(eventToml("t", "2015-09-20", "truce", "[\"town-a\", \"idlib\"]", "", kFlowToIdlib));
    EXPECT_EQ(statusOf(c, "idlib", day(2015, 10, 1)), Status::Truce);
}

TEST(Timeline, WeakerEventsDoNotUndoASettlement) {
    const Corpus c = corpusOf(eventToml("f", "2016-01-10", "final_settlement", "[\"town-a\"]") +
                              eventToml("t", "2016-05-01", "truce", "[\"town-a\"]") +
                              eventToml("d", "2016-06-01", "deescalation", "[\"town-a\"]"));
    EXPECT_EQ(statusOf(c, "town-a", day(2016, 7, 1)), Status::Settled);
}

TEST(Timeline, DeescalationEventReplacesATruce) {
    const Corpus c = corpusOf(eventToml("t", "2016-01-10", "truce", "[\"town-a\"]") +
                              eventToml("d", "2017-07-22", "deescalation", "[\"town-a\"]"));
    EXPECT_EQ(statusOf(c, "town-a", day(2017, 8, 1)), Status::Deescalation);
}

TEST(Timeline, CollapsedTruceCollapsesAtItsEndDate) {
    const Corpus c = corpusOf(eventToml("t", "2014-01-10", "truce", "[\"town-a\"]",
                                        "date_end = \"2014-03-01\"\noutcome = \"collapsed\"\n"));
    EXPECT_EQ(statusOf(c, "town-a", day(2014, 2, 28)), Status::Truce);
    EXPECT_EQ(statusOf(c, "town-a", day(2014, 3, 1)), Status::Collapsed);
}

TEST(Timeline, CollapsedTruceWithoutEndCollapsesAtTheNextEvent) {
    const Corpus c = corpusOf(eventToml("t", "2014-01-10", "agreement", "[\"town-a\"]", "outcome = \"collapsed\"\n") +
                              eventToml("o", "2014-06-01", "offer", "[\"town-a\"]", "outcome = \"refused\"\n"));
    EXPECT_EQ(statusOf(c, "town-a", day(2014, 5, 31)), Status::Truce);
    EXPECT_EQ(statusOf(c, "town-a", day(2014, 6, 1)), Status::Collapsed);
}

TEST(Timeline, CollapsedTruceWithoutEndOrLaterEventCollapsesAfterANominalPeriod) {
    const Corpus c = corpusOf(eventToml("t", "2014-01-10", "truce", "[\"town-a\"]", "outcome = \"collapsed\"\n"));
    EXPECT_EQ(statusOf(c, "town-a", day(2014, 1, 10) + (kCollapseWithoutEndDays - 1)), Status::Truce);
    EXPECT_EQ(statusOf(c, "town-a", day(2014, 1, 10) + kCollapseWithoutEndDays), Status::Collapsed);
}

TEST(Timeline, ANewTruceBeforeTheCollapseCancelsIt) {
    const Corpus c = corpusOf(eventToml("t", "2014-01-10", "truce", "[\"town-a\"]", "date_end = \"2014-12\"\noutcome = \"collapsed\"\n") +
                              eventToml("t2", "2014-06-01", "truce", "[\"town-a\"]"));
    EXPECT_EQ(statusOf(c, "town-a", day(2015, 2, 1)), Status::Truce);
}

TEST(Timeline, ExplicitStatusOverridesTheKind) {
    const Corpus c = corpusOf(eventToml("x", "2018-02-05", "military", "[\"town-a\"]", "status = \"collapsed\"\n") +
                              eventToml("y", "2018-03-05", "agreement", "[\"town-b\"]", "status = \"settled\"\n"));
    EXPECT_EQ(statusOf(c, "town-a", day(2018, 2, 10)), Status::Collapsed);
    EXPECT_EQ(statusOf(c, "town-b", day(2018, 3, 10)), Status::Settled);
}

TEST(Timeline, RefusedOrCollapsedDealsMoveNobody) {
    const Corpus c = corpusOf(eventToml("o", "2016-01-10", "final_settlement", "[\"town-a\"]", "outcome = \"refused\"\nstatus = \"none\"\n", kFlowToIdlib));
    const TimelineState s = stateAt(c, day(2016, 2, 1));
    EXPECT_EQ(s.places[static_cast<size_t>(c.placeIndex("town-a"))].status, Status::None);
    EXPECT_EQ(s.places[static_cast<size_t>(c.placeIndex("town-a"))].magnitude, 0);
    EXPECT_TRUE(stateAt(c, day(2016, 1, 10)).flows.empty());
}

TEST(Timeline, EvacuationWithoutCountedFlowsUsesItsNumbers) {
    const Corpus c = corpusOf(eventToml("e", "2016-01-10", "evacuation", "[\"town-a\"]", "",
                                        "[[event.number]]\nwhat = \"people\"\nvalue = 1200\n"));
    const PlaceState a = stateAt(c, day(2016, 2, 1)).places[static_cast<size_t>(c.placeIndex("town-a"))];
    EXPECT_EQ(a.status, Status::Evacuated);
    EXPECT_EQ(a.magnitude, 1200);
}

TEST(Timeline, ZoneMembershipGivesDeescalationWhileInForce) {
    const Corpus c = corpusOf(eventToml("t", "2016-01-10", "truce", "[\"town-a\"]") +
                              eventToml("f", "2017-09-01", "final_settlement", "[\"town-b\"]") +
                              zoneToml("z", "2017-07-01", "2018-04-01", "[\"town-a\", \"town-b\"]"));
    EXPECT_EQ(statusOf(c, "town-a", day(2017, 6, 30)), Status::Truce);
    EXPECT_EQ(statusOf(c, "town-a", day(2017, 7, 1)), Status::Deescalation);
    EXPECT_EQ(statusOf(c, "town-b", day(2017, 8, 1)), Status::Deescalation);
    EXPECT_EQ(statusOf(c, "town-b", day(2017, 10, 1)), Status::Settled);  // stronger than the zone
    EXPECT_EQ(statusOf(c, "town-a", day(2018, 4, 1)), Status::Deescalation);  // through its end day
    const PlaceState a = stateAt(c, day(2018, 4, 10)).places[static_cast<size_t>(c.placeIndex("town-a"))];
    EXPECT_EQ(a.status, Status::Truce);  // back to what events say
    EXPECT_EQ(a.previous, Status::Deescalation);
    EXPECT_EQ(a.since, day(2018, 4, 2));
}

TEST(Timeline, FightingInsideAZoneShowsAsCollapsed) {
    const Corpus c = corpusOf(eventToml("x", "2018-02-05", "military", "[\"town-a\"]", "status = \"collapsed\"\n") +
                              eventToml("old", "2015-02-05", "truce", "[\"town-b\"]", "date_end = \"2015-05\"\noutcome = \"collapsed\"\n") +
                              zoneToml("z", "2017-07-01", "", "[\"town-a\", \"town-b\"]"));
    EXPECT_EQ(statusOf(c, "town-a", day(2018, 1, 1)), Status::Deescalation);
    EXPECT_EQ(statusOf(c, "town-a", day(2018, 2, 10)), Status::Collapsed);
    EXPECT_EQ(statusOf(c, "town-b", day(2018, 2, 10)), Status::Deescalation);  // collapsed before it joined
}

TEST(Timeline, ZonesFadeInAndOut) {
    const Corpus c = corpusOf(zoneToml("z", "2017-07-01", "2018-04-01", "[\"town-a\"]"));
    EXPECT_TRUE(stateAt(c, day(2017, 6, 30)).zones.empty());
    const auto z1 = stateAt(c, day(2017, 7, 1)).zones;
    ASSERT_EQ(z1.size(), 1u);
    EXPECT_GT(z1[0].opacity, 0.0f);
    EXPECT_LT(z1[0].opacity, 0.1f);
    EXPECT_FLOAT_EQ(stateAt(c, day(2017, 9, 1)).zones.at(0).opacity, 1.0f);
    const auto fading = stateAt(c, day(2018, 4, 16)).zones;
    ASSERT_EQ(fading.size(), 1u);
    EXPECT_FALSE(fading[0].inForce);
    EXPECT_NEAR(fading[0].opacity, 0.5f, 0.05f);
    EXPECT_TRUE(stateAt(c, day(2018, 6, 1)).zones.empty());
}

TEST(Timeline, FlowsAnimateAroundTheirDay) {
    const Corpus c = corpusOf(eventToml("f", "2016-08-26", "final_settlement", "[\"town-a\"]", "", kFlowToIdlib));
    const Day d = day(2016, 8, 26);
    EXPECT_TRUE(stateAt(c, d + (-kFlowLeadDays - 1)).flows.empty());
    EXPECT_FLOAT_EQ(stateAt(c, d + (-kFlowLeadDays)).flows.at(0).progress, 0.0f);
    EXPECT_NEAR(stateAt(c, d).flows.at(0).progress, float(kFlowLeadDays) / (kFlowLeadDays + kFlowArriveDays), 1e-5);
    const FlowState arrived = stateAt(c, d + kFlowArriveDays).flows.at(0);
    EXPECT_FLOAT_EQ(arrived.progress, 1.0f);
    EXPECT_FLOAT_EQ(arrived.alpha, 1.0f);
    EXPECT_LT(stateAt(c, d + 50).flows.at(0).alpha, 0.5f);
    EXPECT_TRUE(stateAt(c, d + kFlowFadeEndDays).flows.empty());
}

TEST(Timeline, EventCountAndCurrentEvent) {
    const Corpus c = corpusOf(eventToml("a", "2014-01-10", "truce", "[\"town-a\"]") + eventToml("b", "2015-01-10", "truce", "[\"town-b\"]"));
    EXPECT_EQ(stateAt(c, day(2013, 1, 1)).eventCount, 0u);
    EXPECT_EQ(stateAt(c, day(2013, 1, 1)).currentEvent, -1);
    EXPECT_EQ(stateAt(c, day(2014, 1, 10)).eventCount, 1u);
    EXPECT_EQ(stateAt(c, day(2016, 1, 1)).currentEvent, 1);
}

TEST(Timeline, ChangesBetweenTwoDates) {
    const Corpus c = corpusOf(eventToml("a", "2014-01-10", "truce", "[\"town-a\"]") +
                              eventToml("f", "2016-08-26", "final_settlement", "[\"town-a\"]", "", kFlowToIdlib) +
                              eventToml("b", "2016-10-01", "truce", "[\"town-b\"]"));
    const Changes ch = changesBetween(c, day(2016, 12, 31), day(2016, 1, 1));  // reversed on purpose
    EXPECT_EQ(ch.from, day(2016, 1, 1));
    ASSERT_EQ(ch.events.size(), 2u);
    EXPECT_EQ(c.events()[ch.events[0]].id, "f");
    EXPECT_EQ(ch.peopleMoved, 500);
    ASSERT_EQ(ch.places.size(), 2u);
    EXPECT_EQ(c.places()[ch.places[0].place].id, "town-a");
    EXPECT_EQ(ch.places[0].before, Status::Truce);
    EXPECT_EQ(ch.places[0].after, Status::Evacuated);
}

// ---------------------------------------------------------------- facts from the study

class TimelineRealData : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        LoadResult result = loadCorpus(realDataDir());
        ASSERT_TRUE(result.corpus) << result.diagnostics.formatAll();
        s_corpus = new Corpus(std::move(*result.corpus));
    }
    static void TearDownTestSuite() {
        delete s_corpus;
        s_corpus = nullptr;
    }
    static Status at(const std::string& place, Day d) {
        EXPECT_GE(s_corpus->placeIndex(place), 0) << place;
        return s_corpus->placeIndex(place) < 0 ? Status::None : statusOf(*s_corpus, place, d);
    }
    static Corpus* s_corpus;
};
Corpus* TimelineRealData::s_corpus = nullptr;

TEST_F(TimelineRealData, DarayaBeforeAndAfterItsAugust2016Settlement) {
    EXPECT_NE(at("daraya", day(2016, 8, 1)), Status::Evacuated);
    EXPECT_NE(at("daraya", day(2016, 8, 1)), Status::Settled);
    EXPECT_EQ(at("daraya", day(2016, 9, 15)), Status::Evacuated);
    const TimelineState s = stateAt(*s_corpus, day(2016, 9, 15));
    const PlaceState& d = s.places[static_cast<size_t>(s_corpus->placeIndex("daraya"))];
    EXPECT_EQ(s_corpus->events()[static_cast<size_t>(d.latestEvent)].caseN, 14);
    EXPECT_GE(d.since, day(2016, 8, 1));
}

TEST_F(TimelineRealData, EasternGhoutaInADeescalationZoneInLate2017) {
    for (const char* place : {"douma", "harasta"}) EXPECT_EQ(at(place, day(2017, 11, 15)), Status::Deescalation) << place;
    const TimelineState s = stateAt(*s_corpus, day(2017, 11, 15));
    bool ghoutaZone = false;
    for (const ZoneState& z : s.zones)
        if (z.inForce && s_corpus->zones()[z.zone].id.find("ghouta") != std::string::npos) ghoutaZone = true;
    EXPECT_TRUE(ghoutaZone);
}

TEST_F(TimelineRealData, EasternGhoutaEvacuatedAfterApril2018) {
    for (const char* place : {"douma", "harasta", "arbin"}) EXPECT_EQ(at(place, day(2018, 5, 1)), Status::Evacuated) << place;
    // The arcs of the Douma departures are drawn in April 2018.
    const TimelineState s = stateAt(*s_corpus, day(2018, 4, 5));
    bool fromDouma = false;
    for (const FlowState& f : s.flows)
        if (s_corpus->events()[f.event].flows[f.flow].from == "douma") fromDouma = true;
    EXPECT_TRUE(fromDouma);
}

TEST_F(TimelineRealData, NothingHasAStatusBeforeTheMinistryExisted) {
    const TimelineState s = stateAt(*s_corpus, day(2011, 1, 1));
    for (const PlaceState& p : s.places) EXPECT_EQ(p.status, Status::None);
    EXPECT_EQ(s.eventCount, 0u);
}
