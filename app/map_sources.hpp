#pragma once
// Adding and removing map sources from the window (the sources pane): the new source is read on a
// worker thread, first alone (so a bad file leaves the map as it was, with a message), then the
// whole map is rebuilt with it (the other sources come from the geometry cache) and swapped in
// between frames. The old map lives one more frame, until the renderer holds the new geometry.

#include "area_status.hpp"
#include "cli_args.hpp"
#include "map_data.hpp"
#include "recent_sources.hpp"

#include <future>
#include <optional>
#include <string>
#include <vector>

namespace ta {

struct AppContext;

/// The result of a load on the worker thread.
struct PendingMap {
    std::optional<MapData> map;  // absent when the new source could not be read
    MapOptions options;          // the sources the map was built from
    RecentSource added;          // what the user asked for ("" spec for a removal)
    std::string error;           // why it failed
};

/// The sources pane's state (AppContext::sources).
struct SourcesView {
    std::string field;                                   // the path typed
    RecentSource::Kind kind = RecentSource::Kind::Boundaries;
    std::vector<RecentSource> recent;
    std::filesystem::path recentPath = defaultRecentSourcesPath();
    bool recentLoaded = false;
    std::future<PendingMap> pending;
    std::string pendingWhat;                             // shown while loading
    std::optional<MapData> retired;                      // the map just replaced
    std::string lastError;                               // shown in the pane until the next attempt
    AreaStatusMode areaStatus = AreaStatusMode::Besides; // sub-districts coloured by status
    bool loading() const { return pending.valid(); }
};

/// The text as a source of `kind`: "" when usable, else why not (usage errors, fill= on boundaries).
std::string checkSourceText(RecentSource::Kind kind, const std::string& text);

/// Starts loading `source` on top of the current sources. Ignored (with a message) while a load runs.
void requestAddSource(AppContext& app, const RecentSource& source);
/// Starts rebuilding the map without the `index`-th source of `kind` (as in app.options.map).
void requestRemoveSource(AppContext& app, RecentSource::Kind kind, size_t index);
/// Once a frame: installs a finished load, releases the map it replaced a frame later.
void pollMapSources(AppContext& app);

}  // namespace ta
