#include "explore/place_links.hpp"

namespace ta::explore {

std::vector<MovedPeople> flowsInto(const corpus::Corpus& corpus, size_t placeIndex) {
    std::vector<MovedPeople> out;
    if (placeIndex >= corpus.places().size()) return out;
    const std::string& id = corpus.places()[placeIndex].id;
    for (const corpus::Corpus::FlowRef& f : corpus.flows()) {
        const corpus::Flow& flow = corpus.events()[f.event].flows[f.flow];
        if (flow.to == id) out.push_back({f.event, f.flow, f.day, flow.count});
    }
    return out;
}

}  // namespace ta::explore
