#pragma once
// Tours in the window: a pane to pick a tour (the shipped ones in tours/, or any file) and follow
// it step by step, with the map driven by the tour: the timeline animates each step's dates, the
// camera flies to its view, its places are ringed, and its caption shows large over the map.
// Keys while a tour is on: Right or Page Down next step, Left or Page Up previous, Space pause,
// Escape stop (presentation clickers send Page Up/Down).

#include "camera.hpp"
#include "tour.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ta {

struct AppContext;

class TourPlayer {
public:
    bool active() const { return m_tour.has_value() && m_playing; }
    bool loaded() const { return m_tour.has_value(); }
    const Tour* tour() const { return m_tour ? &*m_tour : nullptr; }
    size_t step() const { return m_step; }
    double secondsIntoStep() const { return m_secondsIn; }
    bool paused() const { return m_paused; }

    /// Starts `tour` from its first step (the tour must have been checked against the corpus).
    void start(AppContext& app, Tour tour);
    void stop(AppContext& app);
    void togglePause() { m_paused = !m_paused; }
    /// Jumps to a step (clamped); the camera flies there from wherever it is.
    void goToStep(AppContext& app, size_t step);

    /// Advances by `dtS` seconds unless paused, then sets the date, camera and highlights.
    void update(AppContext& app, double dtS);
    /// The current step's caption in the interface language.
    std::string caption(const AppContext& app) const;
    /// Ringed places of the current step (indices into the corpus's places).
    const std::vector<uint32_t>& ringedPlaces() const { return m_places; }

    // The pane's own fields.
    std::string pathText;   // "open a tour file" field
    std::string error;      // why the last file could not be used

private:
    void enterStep(AppContext& app, size_t step);

    std::optional<Tour> m_tour;
    bool m_playing = false;
    bool m_paused = false;
    size_t m_step = 0;
    double m_secondsIn = 0;
    Camera m_flightOrigin;
    std::vector<uint32_t> m_places;
};

/// The tours pane (View > Tours, or T).
void drawTourPane(AppContext& app);
/// While a tour is on: its keys (returns true when it used one, so the usual meaning is skipped)
/// and its caption, large, over the bottom of the map.
bool handleTourKeys(AppContext& app);
void drawTourCaption(AppContext& app);

/// The shipped tours: every .tour file in the tours/ folder next to the program's sources.
std::vector<std::string> shippedTours();

}  // namespace ta
