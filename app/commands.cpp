#include "commands.hpp"

#include "app_context.hpp"
#include "navigation.hpp"

#include <algorithm>

namespace ta {

namespace {

// One town fills about a third of the map area rather than its last street.
constexpr double kMinFlySpanM = 30'000;

template <class... Fs>
struct Overloaded : Fs... {
    using Fs::operator()...;
};
template <class... Fs>
Overloaded(Fs...) -> Overloaded<Fs...>;

bool validIndex(int i, size_t size) { return i >= 0 && static_cast<size_t>(i) < size; }

void flyTo(AppContext& app, const BBox& box) {
    if (box.empty()) return;
    const Camera target = cameraForBox(app, box);
    if (app.snapNextFlight) {
        app.camera = target;
        app.flight.cancel();
        app.snapNextFlight = false;
        return;
    }
    app.flight.start(app.camera, target);
}

void selectEvent(AppContext& app, const cmd::SelectEvent& c) {
    if (!app.corpus || !validIndex(c.event, app.corpus->events().size())) return;
    const corpus::Corpus& corpus = *app.corpus;
    const corpus::Event& e = corpus.events()[static_cast<size_t>(c.event)];
    app.selection.event = c.event;
    app.selection.caseIndex = caseOfEvent(corpus, static_cast<size_t>(c.event));
    // Keep the selected place when the event concerns it; otherwise the place no longer explains the selection.
    if (app.selection.place >= 0) {
        const std::string& placeId = corpus.places()[static_cast<size_t>(app.selection.place)].id;
        if (std::find(e.places.begin(), e.places.end(), placeId) == e.places.end()) app.selection.place = -1;
    }
    if (c.moveDate) app.playback.setDay(e.day());
    if (c.fly) flyTo(app, eventBounds(corpus, app.corpusGeometry, static_cast<size_t>(c.event)));
}

}  // namespace

Camera cameraForBox(const AppContext& app, const BBox& box) {
    return fitToArea(box, app.layout.map, app.camera.widthPx, app.camera.heightPx, 0.12, kMinFlySpanM);
}

void applyCommands(AppContext& app) {
    // Commands may post further commands; take the list first.
    std::vector<Command> pending;
    pending.swap(app.commands);
    if (pending.empty()) return;
    for (const Command& command : pending) {
        std::visit(Overloaded{
                       [&](const cmd::SetDay& c) { app.playback.setDay(c.day); },
                       [&](const cmd::SelectEvent& c) { selectEvent(app, c); },
                       [&](const cmd::SelectPlace& c) {
                           if (!app.corpus || !validIndex(c.place, app.corpus->places().size())) return;
                           app.selection.place = c.place;
                           const int e = latestEventOfPlace(*app.corpus, static_cast<size_t>(c.place), app.playback.current());
                           app.selection.event = e;
                           app.selection.caseIndex = e >= 0 ? caseOfEvent(*app.corpus, static_cast<size_t>(e)) : -1;
                       },
                       [&](const cmd::SelectCase& c) {
                           if (!app.corpus || !validIndex(c.caseIndex, app.corpus->cases().size())) return;
                           const size_t ci = static_cast<size_t>(c.caseIndex);
                           app.selection.caseIndex = c.caseIndex;
                           app.selection.place = -1;
                           app.selection.event = latestEventOfCase(*app.corpus, ci, app.playback.current());
                           flyTo(app, caseBounds(*app.corpus, app.corpusGeometry, ci));
                       },
                       [&](const cmd::ClearSelection&) { app.selection = {}; },
                       [&](const cmd::StepEvent& c) {
                           if (!app.corpus) return;
                           const auto next = stepEvent(*app.corpus, app.filters, app.playback.current(), app.selection.event, c.direction);
                           if (next) selectEvent(app, cmd::SelectEvent{*next, true});
                       },
                       [&](const cmd::FlyTo& c) { flyTo(app, c.box); },
                       [&](const cmd::ResetView&) { app.flight.start(app.camera, app.homeCamera); },
                       [&](const cmd::SetLanguage& c) {
                           if (app.lang == c.lang) return;
                           app.lang = c.lang;
                           app.shapedText.clear();
                           app.sceneDirty = true;  // map labels follow the language
                       },
                   },
                   command);
    }
    app.sceneDirty = true;
}

}  // namespace ta
