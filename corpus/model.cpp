#include "model.hpp"

#include <algorithm>

namespace ta::corpus {

namespace {

template <class T>
std::map<std::string, int, std::less<>> indexById(const std::vector<T>& items) {
    std::map<std::string, int, std::less<>> index;
    for (size_t i = 0; i < items.size(); ++i) index.emplace(items[i].id, static_cast<int>(i));
    return index;
}

int lookup(const std::map<std::string, int, std::less<>>& index, std::string_view id) {
    const auto it = index.find(id);
    return it == index.end() ? -1 : it->second;
}

}  // namespace

Day flowDay(const Event& event, const Flow& flow) {
    return flow.date ? flow.date->representative() : event.day();
}

Corpus::Corpus(CorpusData data) : m_data(std::move(data)) {
    // Stable sorts: equal days keep the order the sources give, which the writers control.
    std::stable_sort(m_data.events.begin(), m_data.events.end(),
                     [](const Event& a, const Event& b) { return a.day() < b.day(); });
    std::stable_sort(m_data.cases.begin(), m_data.cases.end(), [](const Case& a, const Case& b) { return a.n < b.n; });

    m_eventById = indexById(m_data.events);
    m_placeById = indexById(m_data.places);
    m_actorById = indexById(m_data.actors);
    m_zoneById = indexById(m_data.zones);
    m_caseById = indexById(m_data.cases);
    m_categoryById = indexById(m_data.taxonomy.categories);
    for (size_t i = 0; i < m_data.cases.size(); ++i) m_caseByN.emplace(m_data.cases[i].n, static_cast<int>(i));

    m_placeEvents.assign(m_data.places.size(), {});
    m_placeFlows.assign(m_data.places.size(), {});
    m_placeZones.assign(m_data.places.size(), {});
    m_caseEvents.assign(m_data.cases.size(), {});
    for (size_t e = 0; e < m_data.events.size(); ++e) {
        const Event& event = m_data.events[e];
        for (const std::string& place : event.places) {
            const int p = placeIndex(place);
            if (p < 0) continue;
            auto& list = m_placeEvents[static_cast<size_t>(p)];
            if (list.empty() || list.back() != e) list.push_back(static_cast<uint32_t>(e));
        }
        if (const int c = caseIndex(event.caseN); c >= 0) m_caseEvents[static_cast<size_t>(c)].push_back(static_cast<uint32_t>(e));
        for (size_t f = 0; f < event.flows.size(); ++f) {
            const FlowRef ref{static_cast<uint32_t>(e), static_cast<uint32_t>(f), flowDay(event, event.flows[f])};
            m_flows.push_back(ref);
            if (const int p = placeIndex(event.flows[f].from); p >= 0) m_placeFlows[static_cast<size_t>(p)].push_back(ref);
        }
    }
    const auto byDay = [](const FlowRef& a, const FlowRef& b) { return a.day < b.day; };
    std::stable_sort(m_flows.begin(), m_flows.end(), byDay);
    for (auto& list : m_placeFlows) std::stable_sort(list.begin(), list.end(), byDay);

    for (size_t z = 0; z < m_data.zones.size(); ++z)
        for (const std::string& place : m_data.zones[z].places)
            if (const int p = placeIndex(place); p >= 0) {
                auto& list = m_placeZones[static_cast<size_t>(p)];
                if (list.empty() || list.back() != z) list.push_back(static_cast<uint32_t>(z));
            }
}

int Corpus::eventIndex(std::string_view id) const { return lookup(m_eventById, id); }
int Corpus::placeIndex(std::string_view id) const { return lookup(m_placeById, id); }
int Corpus::actorIndex(std::string_view id) const { return lookup(m_actorById, id); }
int Corpus::zoneIndex(std::string_view id) const { return lookup(m_zoneById, id); }
int Corpus::caseIndexById(std::string_view id) const { return lookup(m_caseById, id); }

int Corpus::caseIndex(int n) const {
    const auto it = m_caseByN.find(n);
    return it == m_caseByN.end() ? -1 : it->second;
}

const Event* Corpus::findEvent(std::string_view id) const {
    const int i = eventIndex(id);
    return i < 0 ? nullptr : &m_data.events[static_cast<size_t>(i)];
}

const Place* Corpus::findPlace(std::string_view id) const {
    const int i = placeIndex(id);
    return i < 0 ? nullptr : &m_data.places[static_cast<size_t>(i)];
}

const Actor* Corpus::findActor(std::string_view id) const {
    const int i = actorIndex(id);
    return i < 0 ? nullptr : &m_data.actors[static_cast<size_t>(i)];
}

const Case* Corpus::findCase(int n) const {
    const int i = caseIndex(n);
    return i < 0 ? nullptr : &m_data.cases[static_cast<size_t>(i)];
}

const Term* Corpus::findCategory(std::string_view id) const {
    const int i = lookup(m_categoryById, id);
    return i < 0 ? nullptr : &m_data.taxonomy.categories[static_cast<size_t>(i)];
}

size_t Corpus::clauseCount() const {
    size_t n = 0;
    for (const Event& e : m_data.events) n += e.clauses.size();
    return n;
}

}  // namespace ta::corpus
