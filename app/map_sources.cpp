#include "map_sources.hpp"

#include "app_context.hpp"
#include "error.hpp"
#include "layer_spec.hpp"
#include "map_source.hpp"

#include <chrono>

namespace ta {

namespace {

std::vector<std::string>& listOf(MapOptions& options, RecentSource::Kind kind) {
    return kind == RecentSource::Kind::Layer ? options.layers : options.boundaries;
}

PendingMap loadInBackground(MapOptions options, RecentSource added, bool validateAlone) {
    PendingMap result;
    result.added = added;
    try {
        const Projection projection;  // one per thread: PROJ objects are not shared across threads
        const GeometryCache cache = GeometryCache::standard();
        if (validateAlone) {
            // Alone first: its error is then a message, not a broken map. The load also warms the cache.
            const LayerSpec spec = LayerSpec::parse(added.spec);
            if (added.kind == RecentSource::Kind::Layer) loadUserLayer(spec, projection, cache);
            else loadPreparedLayer(spec, projection, {}, cache);
            listOf(options, added.kind).push_back(added.spec);
        }
        result.map = loadMap(options, projection, SourceErrors::Collect, cache);
        result.options = std::move(options);
    } catch (const std::exception& e) {
        result.error = e.what();
    }
    return result;
}

void ensureRecentLoaded(SourcesView& s) {
    if (s.recentLoaded) return;
    s.recent = loadRecentSources(s.recentPath);
    s.recentLoaded = true;
}

}  // namespace

std::string checkSourceText(RecentSource::Kind kind, const std::string& text) {
    if (text.find_first_not_of(" \t") == std::string::npos) return "type a path first";
    try {
        const LayerSpec spec = LayerSpec::parse(text);
        if (kind == RecentSource::Kind::Boundaries && (!spec.fillField.empty() || !spec.labelField.empty()))
            return "fill= and label= apply to layers only";
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

void requestAddSource(AppContext& app, const RecentSource& source) {
    SourcesView& s = app.sources;
    if (s.loading()) return;
    s.lastError = checkSourceText(source.kind, source.spec);
    if (!s.lastError.empty()) return;
    s.pendingWhat = source.spec;
    s.pending = std::async(std::launch::async, loadInBackground, app.options.map, source, true);
}

void requestRemoveSource(AppContext& app, RecentSource::Kind kind, size_t index) {
    SourcesView& s = app.sources;
    if (s.loading()) return;
    MapOptions options = app.options.map;
    std::vector<std::string>& list = listOf(options, kind);
    if (index >= list.size()) return;
    s.pendingWhat = list[index];
    list.erase(list.begin() + static_cast<std::ptrdiff_t>(index));
    s.lastError.clear();
    s.pending = std::async(std::launch::async, loadInBackground, std::move(options), RecentSource{kind, ""}, false);
}

void pollMapSources(AppContext& app) {
    SourcesView& s = app.sources;
    ensureRecentLoaded(s);
    s.retired.reset();  // installed last frame: the renderer has uploaded the new map since
    if (!s.loading() || s.pending.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
    PendingMap result = s.pending.get();
    s.pendingWhat.clear();
    if (!result.map) {
        s.lastError = result.error;
        app.messages.push_back("error: " + result.error);
        return;
    }
    s.retired = std::move(app.map);
    app.map = std::move(*result.map);
    app.options.map.boundaries = std::move(result.options.boundaries);
    app.options.map.layers = std::move(result.options.layers);
    for (const std::string& e : app.map.base.errors) app.messages.push_back("error: " + e);
    for (const std::string& w : app.map.base.warnings) app.messages.push_back("warning: " + w);
    app.hoveredBoundary = -1;
    app.selectedBoundary = -1;
    app.sceneDirty = true;
    if (!result.added.spec.empty()) {
        rememberSource(s.recent, result.added);
        try {
            saveRecentSources(s.recentPath, s.recent);
        } catch (const std::exception& e) {
            app.messages.push_back(std::string("warning: recent sources not saved: ") + e.what());
        }
    }
}

}  // namespace ta
