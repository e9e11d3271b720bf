#include "app_setup.hpp"

#include "corpus_source.hpp"
#include "error.hpp"
#include "map_source.hpp"

namespace ta {

void deriveFromCorpus(AppContext& app) {
    app.corpusGeometry = {};
    app.caseRows.clear();
    if (!app.corpus) return;
    app.corpusGeometry = projectCorpus(*app.corpus, app.projection);
    app.caseRows = buildCaseRows(*app.corpus, app.playback.rangeStart, app.playback.rangeEnd);
}

void setUpApp(AppContext& app, const GuiOptions& options, const std::optional<Settings>& settings) {
    app.options = options;
    app.map = loadMap(options.map, app.projection, SourceErrors::Collect);  // a bad file leaves the rest of the map
    for (const std::string& e : app.map.base.errors) app.messages.push_back("error: " + e);
    for (const std::string& w : app.map.base.warnings) app.messages.push_back("warning: " + w);
    try {
        app.corpus = loadProgramCorpus(options.map.corpusDb, app.messages);
    } catch (const Error& e) {
        // --corpus naming a bad database: the window keeps the map and says why there is no corpus.
        app.messages.push_back(std::string("error: corpus not loaded: ") + e.what());
    }
    deriveFromCorpus(app);

    if (settings) applySettings(app, *settings);

    if (options.map.date) app.playback.setDay(*options.map.date);
    if (options.langGiven || !settings) parseLang(options.map.lang, app.lang);
    if (options.map.view) {
        const ViewBox& v = *options.map.view;
        app.startView = app.projection.forward(v.west, v.south, v.east, v.north);
        app.cameraUnset = true;
    }
    if (!options.selectEvent.empty()) {
        const int e = app.corpus ? app.corpus->eventIndex(options.selectEvent) : -1;
        if (e < 0)
            throw UsageError("--select", app.corpus ? "no event '" + options.selectEvent + "' in the corpus (event ids are in corpus/data/cases/*.toml)"
                                                    : "no corpus is loaded to select '" + options.selectEvent + "' in");
        app.selection = {};
        // Open on the agreement: its date (unless --date says otherwise) and its places (unless --view does).
        app.post(cmd::SelectEvent{e, !options.map.date, !options.map.view});
        app.snapNextFlight = true;
    }
}

}  // namespace ta
