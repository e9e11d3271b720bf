// "What changed" between two dates (explore/change_report.hpp) and the people moved into a place
// (explore/place_links.hpp), on the small corpus of explore_test_corpus.hpp.

#include "explore/change_report.hpp"
#include "explore/place_links.hpp"
#include "explore_test_corpus.hpp"
#include "timeline.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ta;
using namespace ta::explore;
using namespace ta::explore::test;

namespace {

using Ids = std::vector<std::string>;

Day day(int y, int m, int d) { return dayFromCivil(y, m, d); }

std::vector<std::string> changedIds(const corpus::Corpus& c, const ChangeReport& r) {
    std::vector<std::string> out;
    for (const corpus::StatusChange& s : r.places) out.push_back(c.places()[s.place].id);
    return out;
}

}  // namespace

TEST(ChangeReport, ListsChangedPlacesAgreementsOtherEventsAndMoves) {
    const corpus::Corpus c = smallCorpus();
    const ChangeReport r = buildChangeReport(c, day(2015, 1, 1), day(2016, 12, 31), {});
    EXPECT_EQ(changedIds(c, r), (Ids{"daraya", "waer"}));
    EXPECT_EQ(eventIds(c, r.agreements), (Ids{"waer-2015-agreement", "daraya-2016-final"}));
    EXPECT_EQ(eventIds(c, r.otherEvents), (Ids{"moadamiyeh-2016-meeting"}));
    ASSERT_EQ(r.moves.size(), 1u);
    EXPECT_EQ(c.events()[r.moves[0].event].id, "daraya-2016-final");
    EXPECT_EQ(r.moves[0].day, day(2016, 8, 27));
    EXPECT_EQ(r.moves[0].count, 700);
    EXPECT_EQ(r.peopleMoved, 700);
    EXPECT_FALSE(r.empty());
}

TEST(ChangeReport, StatusChangesAreThoseOfTheTimeline) {
    const corpus::Corpus c = smallCorpus();
    const ChangeReport r = buildChangeReport(c, day(2015, 1, 1), day(2016, 12, 31), {});
    // Daraya went from a truce to evacuated (the flow of its final settlement); al-Waer from nothing
    // to a truce; the meeting in Moadamiyeh changed nothing.
    ASSERT_EQ(r.places.size(), 2u);
    for (const corpus::StatusChange& s : r.places) {
        const std::string& id = c.places()[s.place].id;
        if (id == "daraya") {
            EXPECT_EQ(s.before, corpus::Status::Truce);
            EXPECT_EQ(s.after, corpus::Status::Evacuated);
        } else {
            EXPECT_EQ(id, "waer");
            EXPECT_EQ(s.before, corpus::Status::None);
            EXPECT_EQ(s.after, corpus::Status::Truce);
        }
    }
}

TEST(ChangeReport, WithoutFiltersItAgreesWithChangesBetween) {
    const corpus::Corpus c = smallCorpus();
    for (const auto& [a, b] : {std::pair{day(2013, 1, 1), day(2018, 1, 1)}, std::pair{day(2016, 8, 26), day(2017, 3, 18)},
                               std::pair{day(2017, 6, 1), day(2014, 1, 1)}}) {
        const corpus::Changes ref = corpus::changesBetween(c, a, b);
        const ChangeReport r = buildChangeReport(c, a, b, {});
        EXPECT_EQ(r.from, ref.from);
        EXPECT_EQ(r.to, ref.to);
        EXPECT_EQ(r.places.size(), ref.places.size());
        std::vector<uint32_t> events = r.agreements;
        events.insert(events.end(), r.otherEvents.begin(), r.otherEvents.end());
        std::sort(events.begin(), events.end());
        EXPECT_EQ(events, ref.events);
        EXPECT_EQ(r.peopleMoved, ref.peopleMoved);
    }
}

TEST(ChangeReport, ReversedDatesAreSwapped) {
    const corpus::Corpus c = smallCorpus();
    const ChangeReport r = buildChangeReport(c, day(2016, 12, 31), day(2015, 1, 1), {});
    EXPECT_EQ(r.from, day(2015, 1, 1));
    EXPECT_EQ(r.to, day(2016, 12, 31));
    EXPECT_EQ(r.agreements.size(), 2u);
}

TEST(ChangeReport, FiltersNarrowEveryList) {
    const corpus::Corpus c = smallCorpus();
    Filters f;
    f.governorates = {"homs"};
    const ChangeReport r = buildChangeReport(c, day(2015, 1, 1), day(2017, 12, 31), f);
    EXPECT_EQ(changedIds(c, r), (Ids{"waer"}));
    EXPECT_EQ(eventIds(c, r.agreements), (Ids{"waer-2015-agreement"}));
    EXPECT_EQ(eventIds(c, r.otherEvents), (Ids{"waer-2017-evacuation"}));
    ASSERT_EQ(r.moves.size(), 1u);
    EXPECT_EQ(r.moves[0].count, 1000);
    EXPECT_EQ(r.peopleMoved, 1000);
}

TEST(ChangeReport, AnIntervalWithoutEventsIsEmpty) {
    const corpus::Corpus c = smallCorpus();
    const ChangeReport r = buildChangeReport(c, day(2012, 1, 1), day(2013, 1, 1), {});
    EXPECT_TRUE(r.empty());
    EXPECT_EQ(r.peopleMoved, 0);
}

TEST(ChangeReport, ChangedPlaceMaskMarksTheChangedPlaces) {
    const corpus::Corpus c = smallCorpus();
    const ChangeReport r = buildChangeReport(c, day(2015, 1, 1), day(2016, 12, 31), {});
    const std::vector<uint8_t> mask = changedPlaceMask(r, c.places().size());
    ASSERT_EQ(mask.size(), c.places().size());
    for (size_t p = 0; p < mask.size(); ++p) {
        const bool changed = c.places()[p].id == "daraya" || c.places()[p].id == "waer";
        EXPECT_EQ(mask[p], changed ? 1 : 0) << c.places()[p].id;
    }
}

TEST(ChangeReport, AgreementKinds) {
    for (const char* k : {"truce", "agreement", "deescalation", "final_settlement"}) EXPECT_TRUE(isAgreementKind(k)) << k;
    for (const char* k : {"offer", "meeting", "committee", "evacuation", "breach", "military", "other"}) EXPECT_FALSE(isAgreementKind(k)) << k;
}

TEST(PlaceLinks, FlowsIntoADestination) {
    const corpus::Corpus c = smallCorpus();
    const std::vector<MovedPeople> in = flowsInto(c, static_cast<size_t>(c.placeIndex("jarablus")));
    ASSERT_EQ(in.size(), 1u);
    EXPECT_EQ(c.events()[in[0].event].id, "waer-2017-evacuation");
    EXPECT_EQ(in[0].count, 1000);
    EXPECT_TRUE(flowsInto(c, static_cast<size_t>(c.placeIndex("daraya"))).empty());
    EXPECT_TRUE(flowsInto(c, 999).empty());
}
