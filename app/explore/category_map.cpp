#include "explore/category_map.hpp"

#include <algorithm>

namespace ta::explore {

bool eventHoldsCategory(const corpus::Event& event, std::string_view category) {
    return std::any_of(event.clauses.begin(), event.clauses.end(), [&](const corpus::Clause& c) {
        return std::find(c.categories.begin(), c.categories.end(), category) != c.categories.end();
    });
}

CategoryHolding placesHoldingCategory(const corpus::Corpus& corpus, std::string_view category, const Filters& filters,
                                      std::optional<Day> upTo) {
    CategoryHolding out;
    out.category = std::string(category);
    out.firstEvent.assign(corpus.places().size(), -1);
    for (size_t e = 0; e < corpus.events().size(); ++e) {
        const corpus::Event& event = corpus.events()[e];
        if (upTo && event.day() > *upTo) break;  // events are in day order
        if (!eventHoldsCategory(event, category) || !eventPasses(filters, corpus, e)) continue;
        out.events.push_back(static_cast<uint32_t>(e));
        for (const std::string& id : event.places) {
            const int p = corpus.placeIndex(id);
            if (p < 0 || out.firstEvent[static_cast<size_t>(p)] >= 0) continue;
            out.firstEvent[static_cast<size_t>(p)] = static_cast<int32_t>(e);
            ++out.placeCount;
        }
    }
    return out;
}

}  // namespace ta::explore
