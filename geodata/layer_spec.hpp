#pragma once
// How a user names a vector layer and how to read it: "PATH[:LAYER][,key=value]...", as given to
// --boundaries and --layer and typed into the window's source field.

#include <optional>
#include <string>

namespace ta {

/// PATH is any GDAL vector source, /vsizip/ and the other virtual file systems included. A text
/// that exists as a file as given is never split, so paths holding ':' or ',' still work.
/// Options (each at most once):
///   name=FIELD, name_ar=FIELD, id=FIELD   override the detected name / Arabic name / key fields
///   level=N or level=admN                 the administrative level (0 country .. 4), when not detected
///   fill=FIELD                            colour features by the categories of FIELD (user layers)
///   label=FIELD                           label features with FIELD (user layers)
///   time=FIELD                            dated point events, drawn within a time window (user layers)
struct LayerSpec {
    std::string path;
    std::string layer;  // empty: the first layer
    std::string nameField, nameArField, idField;
    std::optional<int> adminLevel;
    std::string fillField, labelField;
    std::string timeField;  // time=: an event layer (event_points.hpp)

    /// Throws ta::UsageError naming the text for an unknown or repeated option or a bad level.
    static LayerSpec parse(const std::string& text);
    /// "PATH" or "PATH:LAYER", for messages.
    std::string display() const { return layer.empty() ? path : path + ":" + layer; }
    bool hasOptions() const;
};

inline constexpr int kMaxAdminLevel = 4;

}  // namespace ta
