#pragma once
// A point layer with a time field (--layer PATH[:LAYER],time=FIELD): a million dated events read
// once into flat arrays sorted by time, so that a frame's window is two binary searches
// (event_window.hpp) and the GPU buffer is uploaded once.

#include "geometry.hpp"
#include "layer_spec.hpp"
#include "projection.hpp"

#include <string>
#include <vector>

namespace ta {

struct EventPoints {
    std::string source;               // as the user gave it, for messages
    std::vector<Vec2> positions;      // map metres, in time order
    std::vector<float> days;          // fractional days since 1970-01-01, ascending
    BBox bounds;                      // of positions
    double windowDays = 30;           // events older than this (--time-window) are not drawn
    std::vector<std::string> warnings;
};

/// Reads the points of `spec` (spec.timeField must name a date, date-time or ISO text field:
/// "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS]" or with a space before the time). CSV files need
/// lon/lat (or x/y, longitude/latitude) columns. Multi-points count each point; other geometries
/// are skipped with a warning. Throws ta::Error naming the file, and for a bad time the feature
/// and field.
EventPoints loadEventPoints(const LayerSpec& spec, const Projection& projection);

/// Parses the time forms above into fractional days; false when `text` is none of them.
bool parseEventTime(const char* text, double& day);

}  // namespace ta
