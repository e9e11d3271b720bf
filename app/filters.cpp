#include "filters.hpp"

#include <algorithm>

namespace ta {

namespace {

template <typename T, typename U>
bool contains(const std::vector<T>& list, const U& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

bool anyOf(const std::vector<std::string>& wanted, const std::vector<std::string>& have) {
    return std::any_of(have.begin(), have.end(), [&](const std::string& h) { return contains(wanted, h); });
}

}  // namespace

bool eventPasses(const Filters& f, const corpus::Corpus& corpus, size_t eventIndex) {
    if (eventIndex >= corpus.events().size()) return false;
    const corpus::Event& e = corpus.events()[eventIndex];
    if (!f.kinds.empty() && !contains(f.kinds, e.kind)) return false;
    if (!f.guarantors.empty() && !anyOf(f.guarantors, e.guarantors) && !(f.mediatorsCount && anyOf(f.guarantors, e.mediators)))
        return false;
    if (!f.models.empty() && !contains(f.models, e.model)) return false;
    if (!f.governorates.empty()) {
        const bool inOne = std::any_of(e.places.begin(), e.places.end(), [&](const std::string& id) {
            const corpus::Place* p = corpus.findPlace(id);
            return p && contains(f.governorates, p->governorate);
        });
        // An event without places (a case-wide meeting) lies where its case does.
        const corpus::Case* c = e.places.empty() ? corpus.findCase(e.caseN) : nullptr;
        if (!inOne && !(c && contains(f.governorates, c->governorate))) return false;
    }
    if (!f.priorities.empty()) {
        const bool linked = std::any_of(corpus.priorities().begin(), corpus.priorities().end(), [&](const corpus::Priority& p) {
            return contains(f.priorities, p.n) && contains(p.events, e.id);
        });
        if (!linked) return false;
    }
    return true;
}

}  // namespace ta
