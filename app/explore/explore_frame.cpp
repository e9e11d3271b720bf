#include "explore/explore_frame.hpp"

#include "app_context.hpp"
#include "explore/category_map.hpp"
#include "explore/change_report.hpp"
#include "explore/filter_sets.hpp"
#include "explore/map_emphasis.hpp"

namespace ta::explore {

std::optional<std::pair<Day, Day>> changesInterval(AppContext& app) {
    ChangesView& v = app.explore.changes;
    const std::optional<Day> from = parseIsoDay(v.fromText), to = parseIsoDay(v.toText);
    if (!from || !to) {
        v.error = std::string(tr(app.lang, "changes.bad_date")) + " " + (!from ? v.fromText : v.toText);
        return std::nullopt;
    }
    v.error.clear();
    return std::make_pair(*from, *to);
}

void updateExploreMap(AppContext& app) {
    std::vector<PlaceEmphasis> emphasis;
    if (app.corpus) {
        const corpus::Corpus& c = *app.corpus;
        MapEmphasisInputs in;
        if (app.filters.active()) in.passing = passingPlaces(app.filters, c);
        in.dimFiltered = app.filters.dimFiltered;
        const MatrixView& m = app.explore.matrix;
        if (app.show.compare && !m.colourCategory.empty()) {
            const std::optional<Day> upTo = m.colourUpToDate ? std::optional<Day>(app.playback.current()) : std::nullopt;
            const CategoryHolding holding = placesHoldingCategory(c, m.colourCategory, app.filters, upTo);
            in.marking = true;
            in.marked.resize(c.places().size());
            for (size_t p = 0; p < in.marked.size(); ++p) in.marked[p] = holding.holds(p) ? 1 : 0;
        } else if (app.show.changes && app.explore.changes.markMap) {
            if (const auto interval = changesInterval(app)) {
                const ChangeReport report = buildChangeReport(c, interval->first, interval->second, app.filters);
                in.marking = true;
                in.marked = changedPlaceMask(report, c.places().size());
            }
        }
        emphasis = composePlaceEmphasis(c.places().size(), in);
    }
    if (emphasis != app.explore.placeEmphasis) {
        app.explore.placeEmphasis = std::move(emphasis);
        app.sceneDirty = true;
    }
}

}  // namespace ta::explore
