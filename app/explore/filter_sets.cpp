#include "explore/filter_sets.hpp"

#include <algorithm>
#include <set>

namespace ta::explore {

std::vector<uint8_t> passingEvents(const Filters& filters, const corpus::Corpus& corpus) {
    std::vector<uint8_t> out(corpus.events().size(), 1);
    if (!filters.active()) return out;
    for (size_t i = 0; i < out.size(); ++i) out[i] = eventPasses(filters, corpus, i) ? 1 : 0;
    return out;
}

std::vector<uint8_t> passingPlaces(const Filters& filters, const corpus::Corpus& corpus) {
    std::vector<uint8_t> out(corpus.places().size(), 1);
    if (!filters.active()) return out;
    const std::vector<uint8_t> events = passingEvents(filters, corpus);
    for (size_t p = 0; p < out.size(); ++p) {
        const auto& ev = corpus.eventsOfPlace(p);
        out[p] = std::any_of(ev.begin(), ev.end(), [&](uint32_t e) { return events[e] != 0; }) ? 1 : 0;
    }
    return out;
}

size_t countPassing(const Filters& filters, const corpus::Corpus& corpus) {
    const std::vector<uint8_t> events = passingEvents(filters, corpus);
    return static_cast<size_t>(std::count(events.begin(), events.end(), uint8_t{1}));
}

FilterChoices filterChoices(const corpus::Corpus& corpus) {
    FilterChoices c;
    std::set<std::string> kinds, sponsors, governorates;
    std::set<int> models;
    for (const corpus::Event& e : corpus.events()) {
        kinds.insert(e.kind);
        sponsors.insert(e.guarantors.begin(), e.guarantors.end());
        sponsors.insert(e.mediators.begin(), e.mediators.end());
        for (const std::string& id : e.places)
            if (const corpus::Place* p = corpus.findPlace(id)) governorates.insert(p->governorate);
        if (e.places.empty())
            if (const corpus::Case* cs = corpus.findCase(e.caseN)) governorates.insert(cs->governorate);
        if (e.model > 0) models.insert(e.model);
    }
    for (const corpus::Term& k : corpus.taxonomy().eventKinds)
        if (kinds.count(k.id)) c.kinds.push_back(k.id);
    for (const corpus::Actor& a : corpus.actors())
        if (sponsors.count(a.id)) c.guarantors.push_back(a.id);
    for (const corpus::Governorate& g : corpus.governorates())
        if (governorates.count(g.id)) c.governorates.push_back(g.id);
    for (const corpus::Model& m : corpus.models()) models.insert(m.n);
    c.models.assign(models.begin(), models.end());
    for (const corpus::Priority& p : corpus.priorities()) c.priorities.push_back(p.n);
    std::sort(c.priorities.begin(), c.priorities.end());
    return c;
}

}  // namespace ta::explore
