#pragma once
// Changes a pane asks for, applied at the end of the frame (after every pane has drawn with the
// same state). Post with app.post(cmd::SelectEvent{i}); ui_frame applies them in order.
// Small plain fields (a checkbox's bool, the playback speed) are changed directly instead.

#include "camera.hpp"
#include "date.hpp"
#include "geometry.hpp"
#include "i18n.hpp"

#include <variant>

namespace ta {

struct AppContext;

namespace cmd {
/// Move the timeline to a day (clamped to its range).
struct SetDay { Day day; };
/// Select an event (index into corpus.events()); `moveDate` also moves the timeline to its day,
/// `fly` flies the map to its places.
struct SelectEvent { int event = -1; bool moveDate = false; bool fly = false; };
/// Select a place (index into corpus.places()) and its latest event on or before the date.
struct SelectPlace { int place = -1; };
/// Select a case (index into corpus.cases()), fly the map to its places and select its latest event
/// on or before the date.
struct SelectCase { int caseIndex = -1; };
struct ClearSelection {};
/// Select the next (+1) or previous (-1) event that passes the filters and move the date to it.
struct StepEvent { int direction = 1; };
/// Fly the map to a box in map metres.
struct FlyTo { BBox box; };
/// Back to the view of all of Syria.
struct ResetView {};
/// Switch the interface and the data to a language.
struct SetLanguage { Lang lang = Lang::En; };
}  // namespace cmd

using Command = std::variant<cmd::SetDay, cmd::SelectEvent, cmd::SelectPlace, cmd::SelectCase, cmd::ClearSelection, cmd::StepEvent, cmd::FlyTo,
                             cmd::ResetView, cmd::SetLanguage>;

/// Applies and clears app.commands, in the order posted.
void applyCommands(AppContext& app);

/// The camera that shows `box` in the map's free area of the window (a minimum span, so that one
/// town is not zoomed to its last street).
Camera cameraForBox(const AppContext& app, const BBox& box);

}  // namespace ta
