#include "navigation.hpp"

namespace ta {

int latestEventOnOrBefore(const corpus::Corpus& corpus, const std::vector<uint32_t>& events, Day day) {
    if (events.empty()) return -1;
    int best = static_cast<int>(events.front());
    for (uint32_t e : events)
        if (corpus.events()[e].day() <= day) best = static_cast<int>(e);
    return best;
}

int latestEventOfPlace(const corpus::Corpus& corpus, size_t placeIndex, Day day) {
    if (placeIndex >= corpus.places().size()) return -1;
    return latestEventOnOrBefore(corpus, corpus.eventsOfPlace(placeIndex), day);
}

int latestEventOfCase(const corpus::Corpus& corpus, size_t caseIndex, Day day) {
    if (caseIndex >= corpus.cases().size()) return -1;
    return latestEventOnOrBefore(corpus, corpus.eventsOfCase(caseIndex), day);
}

std::optional<int> stepEvent(const corpus::Corpus& corpus, const Filters& filters, Day day, int selected, int direction) {
    const auto& events = corpus.events();
    const int n = static_cast<int>(events.size());
    const bool fromSelected = selected >= 0 && selected < n && events[static_cast<size_t>(selected)].day() == day;
    if (direction > 0) {
        for (int i = fromSelected ? selected + 1 : 0; i < n; ++i) {
            const auto& e = events[static_cast<size_t>(i)];
            if ((fromSelected || e.day() > day) && eventPasses(filters, corpus, static_cast<size_t>(i))) return i;
        }
    } else {
        for (int i = fromSelected ? selected - 1 : n - 1; i >= 0; --i) {
            const auto& e = events[static_cast<size_t>(i)];
            if ((fromSelected || e.day() < day) && eventPasses(filters, corpus, static_cast<size_t>(i))) return i;
        }
    }
    return std::nullopt;
}

int caseOfEvent(const corpus::Corpus& corpus, size_t eventIndex) {
    if (eventIndex >= corpus.events().size()) return -1;
    const int n = corpus.events()[eventIndex].caseN;
    return n > 0 ? corpus.caseIndex(n) : -1;
}

namespace {
void extendByPlace(BBox& box, const corpus::Corpus& corpus, const CorpusGeometry& geometry, const std::string& id) {
    const int p = corpus.placeIndex(id);
    if (p >= 0 && static_cast<size_t>(p) < geometry.places.size()) box.extend(geometry.places[static_cast<size_t>(p)]);
}
}  // namespace

BBox caseBounds(const corpus::Corpus& corpus, const CorpusGeometry& geometry, size_t caseIndex) {
    BBox box;
    if (caseIndex >= corpus.cases().size()) return box;
    for (const std::string& id : corpus.cases()[caseIndex].places) extendByPlace(box, corpus, geometry, id);
    if (box.empty())
        for (uint32_t e : corpus.eventsOfCase(caseIndex))
            for (const std::string& id : corpus.events()[e].places) extendByPlace(box, corpus, geometry, id);
    return box;
}

BBox eventBounds(const corpus::Corpus& corpus, const CorpusGeometry& geometry, size_t eventIndex) {
    BBox box;
    if (eventIndex >= corpus.events().size()) return box;
    for (const std::string& id : corpus.events()[eventIndex].places) extendByPlace(box, corpus, geometry, id);
    return box;
}

}  // namespace ta
