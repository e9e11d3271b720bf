#include "explore_labels.hpp"

namespace ta {

std::string termName(const AppContext& app, const std::vector<corpus::Term>& terms, std::string_view id) {
    for (const corpus::Term& t : terms)
        if (t.id == id) return pick(app.lang, t.en, t.ar);
    return std::string(id);
}

std::string categoryName(const AppContext& app, std::string_view id) {
    return app.corpus ? termName(app, app.corpus->taxonomy().categories, id) : std::string(id);
}

std::string placeName(const AppContext& app, size_t place) {
    if (!app.corpus || place >= app.corpus->places().size()) return "?";
    const corpus::Place& p = app.corpus->places()[place];
    return pick(app.lang, p.nameEn, p.nameAr);
}

std::string actorName(const AppContext& app, std::string_view id) {
    const corpus::Actor* a = app.corpus ? app.corpus->findActor(id) : nullptr;
    return a ? pick(app.lang, a->nameEn, a->nameAr) : std::string(id);
}

std::string governorateName(const AppContext& app, std::string_view id) {
    if (app.corpus)
        for (const corpus::Governorate& g : app.corpus->governorates())
            if (g.id == id) return pick(app.lang, g.nameEn, g.nameAr);
    return std::string(id);
}

std::string statusName(const AppContext& app, std::string_view statusId) {
    return app.corpus ? termName(app, app.corpus->taxonomy().statuses, statusId) : std::string(statusId);
}

std::string eventLabel(const AppContext& app, size_t event) {
    if (!app.corpus || event >= app.corpus->events().size()) return "?";
    const corpus::Event& e = app.corpus->events()[event];
    return e.date.iso() + "  " + pick(app.lang, e.titleEn, e.titleAr);
}

std::string countText(int64_t n) { return std::to_string(n); }

std::string moveLabel(const AppContext& app, const explore::MovedPeople& mv) {
    const corpus::Corpus& c = *app.corpus;
    const corpus::Flow& f = c.events()[mv.event].flows[mv.flow];
    const int from = c.placeIndex(f.from), to = c.placeIndex(f.to);
    // Words, not an arrow: the interface fonts have no arrows, and words read right in both directions.
    std::string s = formatIsoDay(mv.day) + "  " + (from >= 0 ? placeName(app, static_cast<size_t>(from)) : f.from) + " " +
                    tr(app.lang, "changes.to_place") + " " + (to >= 0 ? placeName(app, static_cast<size_t>(to)) : f.to) + ": ";
    s += mv.count ? countText(*mv.count) : std::string(tr(app.lang, "changes.no_count"));
    return s + " " + std::string(tr(app.lang, "changes.who." + f.who));
}

}  // namespace ta
