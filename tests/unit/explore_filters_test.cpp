// The explorer's filters (app/filters.hpp, explore/filter_sets.hpp) and how they reach the map
// (explore/map_emphasis.hpp), on the small corpus of explore_test_corpus.hpp.

#include "explore/filter_sets.hpp"
#include "explore/map_emphasis.hpp"
#include "explore_test_corpus.hpp"
#include "filters.hpp"

#include <gtest/gtest.h>

using namespace ta;
using namespace ta::explore;
using namespace ta::explore::test;

namespace {

std::vector<std::string> passingIds(const Filters& f, const corpus::Corpus& c) {
    std::vector<std::string> out;
    for (size_t i = 0; i < c.events().size(); ++i)
        if (eventPasses(f, c, i)) out.push_back(c.events()[i].id);
    return out;
}

using Ids = std::vector<std::string>;

}  // namespace

TEST(ExploreFilters, InactiveFiltersPassEverything) {
    const corpus::Corpus c = smallCorpus();
    const Filters f;
    EXPECT_FALSE(f.active());
    EXPECT_EQ(passingIds(f, c).size(), c.events().size());
    EXPECT_EQ(passingPlaces(f, c), std::vector<uint8_t>(c.places().size(), 1));
    EXPECT_EQ(countPassing(f, c), 5u);
}

TEST(ExploreFilters, EachDimensionSelectsItsEvents) {
    const corpus::Corpus c = smallCorpus();
    Filters kind;
    kind.kinds = {"final_settlement", "truce"};
    EXPECT_EQ(passingIds(kind, c), (Ids{"daraya-2014-truce", "daraya-2016-final"}));

    Filters gov;
    gov.governorates = {"homs"};
    EXPECT_EQ(passingIds(gov, c), (Ids{"waer-2015-agreement", "waer-2017-evacuation"}));

    Filters model;
    model.models = {1, 3};
    EXPECT_EQ(passingIds(model, c), (Ids{"daraya-2014-truce", "waer-2015-agreement", "waer-2017-evacuation"}));
}

TEST(ExploreFilters, GuarantorMeansGuarantorUnlessMediatorsCount) {
    const corpus::Corpus c = smallCorpus();
    Filters f;
    f.guarantors = {"egypt"};
    EXPECT_EQ(passingIds(f, c), (Ids{"daraya-2016-final"}));  // Egypt only mediated in al-Waer
    f.mediatorsCount = true;
    EXPECT_EQ(passingIds(f, c), (Ids{"waer-2015-agreement", "daraya-2016-final"}));
}

TEST(ExploreFilters, PriorityKeepsOnlyTheEventsTheStudyTiesToIt) {
    const corpus::Corpus c = smallCorpus();
    Filters f;
    f.priorities = {1};
    // The priority also lists case 2, but the evacuation of al-Waer is not what the study ties to it.
    EXPECT_EQ(passingIds(f, c), (Ids{"waer-2015-agreement"}));
    f.priorities = {2};
    EXPECT_TRUE(passingIds(f, c).empty());
}

TEST(ExploreFilters, DimensionsCombineWithAnd) {
    const corpus::Corpus c = smallCorpus();
    Filters f;
    f.kinds = {"agreement", "evacuation"};
    f.governorates = {"rif-dimashq"};
    EXPECT_TRUE(passingIds(f, c).empty());
    f.governorates = {"rif-dimashq", "homs"};
    EXPECT_EQ(passingIds(f, c), (Ids{"waer-2015-agreement", "waer-2017-evacuation"}));
    EXPECT_FALSE(eventPasses(f, c, c.events().size()));  // out of range: no crash, no pass
}

TEST(ExploreFilters, APlacePassesWhenOneOfItsEventsDoes) {
    const corpus::Corpus c = smallCorpus();
    Filters f;
    f.guarantors = {"egypt"};
    const std::vector<uint8_t> places = passingPlaces(f, c);
    EXPECT_EQ(places[static_cast<size_t>(c.placeIndex("daraya"))], 1);
    EXPECT_EQ(places[static_cast<size_t>(c.placeIndex("waer"))], 0);
    EXPECT_EQ(places[static_cast<size_t>(c.placeIndex("moadamiyeh"))], 0);
    EXPECT_EQ(places[static_cast<size_t>(c.placeIndex("idlib"))], 0);  // named by no event
}

TEST(ExploreFilters, ChoicesAreWhatTheEventsUseInAStableOrder) {
    const corpus::Corpus c = smallCorpus();
    const FilterChoices ch = filterChoices(c);
    EXPECT_EQ(ch.kinds, (Ids{"truce", "agreement", "final_settlement", "meeting", "evacuation"}));  // taxonomy order, no de-escalation
    EXPECT_EQ(ch.guarantors, (Ids{"egypt", "russia"}));
    EXPECT_EQ(ch.governorates, (Ids{"rif-dimashq", "homs"}));
    EXPECT_EQ(ch.models, (std::vector<int>{1, 2, 3}));
    EXPECT_EQ(ch.priorities, (std::vector<int>{1, 2}));
}

TEST(ExploreFilters, ToggleAddsThenRemoves) {
    std::vector<std::string> list;
    toggle(list, "egypt");
    toggle(list, "russia");
    EXPECT_EQ(list, (Ids{"egypt", "russia"}));
    toggle(list, "egypt");
    EXPECT_EQ(list, (Ids{"russia"}));
}

TEST(MapEmphasis, NothingToSayGivesAnEmptyVector) {
    EXPECT_TRUE(composePlaceEmphasis(4, {}).empty());
    MapEmphasisInputs allPass;
    allPass.passing = {1, 1, 1, 1};
    EXPECT_TRUE(composePlaceEmphasis(4, allPass).empty());
}

TEST(MapEmphasis, FilteredPlacesAreHiddenOrDimmed) {
    MapEmphasisInputs in;
    in.passing = {1, 0, 1};
    EXPECT_EQ(composePlaceEmphasis(3, in), (std::vector<PlaceEmphasis>{PlaceEmphasis::Normal, PlaceEmphasis::Hidden, PlaceEmphasis::Normal}));
    in.dimFiltered = true;
    EXPECT_EQ(composePlaceEmphasis(3, in), (std::vector<PlaceEmphasis>{PlaceEmphasis::Normal, PlaceEmphasis::Dimmed, PlaceEmphasis::Normal}));
}

TEST(MapEmphasis, MarkingRingsTheMarkedAndDimsTheRestButFiltersWin) {
    MapEmphasisInputs in;
    in.passing = {1, 0, 1, 1};
    in.marking = true;
    in.marked = {1, 1, 0};  // shorter than the places: the rest is unmarked
    EXPECT_EQ(composePlaceEmphasis(4, in), (std::vector<PlaceEmphasis>{PlaceEmphasis::Marked, PlaceEmphasis::Hidden,
                                                                       PlaceEmphasis::Dimmed, PlaceEmphasis::Dimmed}));
    MapEmphasisInputs none;
    none.marking = true;  // a category nobody holds: everything dims, nothing vanishes
    EXPECT_EQ(composePlaceEmphasis(2, none), (std::vector<PlaceEmphasis>{PlaceEmphasis::Dimmed, PlaceEmphasis::Dimmed}));
}
