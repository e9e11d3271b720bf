#pragma once
// What survives a restart of the window: last date, camera, selection, open panes, filters,
// language, playback speed and loop, the cases chart's alignment. Stored as JSON in
// $XDG_CONFIG_HOME/truce-atlas/settings.json (else ~/.config/...), versioned, written atomically.
//
// A file that cannot be read, is not valid JSON, or comes from a newer version of the program is
// moved aside (renamed with a suffix: ".corrupt-<time>", ".newer-v<N>-<time>") with a message
// saying so, and the program starts with its defaults. A field of the wrong type or out of range is
// ignored with a message naming it; the others still apply.

#include "date.hpp"
#include "filters.hpp"
#include "i18n.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ta {

struct AppContext;

struct Settings {
    static constexpr int kVersion = 1;

    struct View {
        double x = 0, y = 0;          // map metres at the centre
        double metresPerPixel = 1000;
        friend bool operator==(const View&, const View&) = default;
    };

    std::optional<Day> date;
    std::optional<View> camera;
    std::string selectedEvent;        // event id ("" = none)
    std::string selectedPlace;        // place id
    int selectedCase = 0;             // the case's number n (0 = none)
    std::map<std::string, bool> panes;  // PaneFlag ids
    Filters filters;
    Lang lang = Lang::En;
    double daysPerSecond = 60;
    bool loop = false;
    std::optional<Day> loopStart, loopEnd;
    bool alignCases = false;
    friend bool operator==(const Settings&, const Settings&) = default;
};

/// Pretty-printed JSON with "version".
std::string settingsToJson(const Settings& settings);

/// Parses the JSON text; `where` names the file in messages. Throws ta::Error when the text is not a
/// settings object this version can read (the caller moves the file aside); field problems go to
/// `messages` and leave the field at its default.
Settings settingsFromJson(const std::string& text, const std::string& where, std::vector<std::string>& messages);

struct SettingsLoad {
    std::optional<Settings> settings;    // absent: no file, or it was moved aside
    std::vector<std::string> messages;   // for the window's message area
    std::filesystem::path movedTo;       // where a bad file went ("" when none was moved)
};

/// Reads `path`. A missing file is no error (first start).
SettingsLoad loadSettings(const std::filesystem::path& path);

/// Writes atomically (temporary file + rename); creates the directory. Throws ta::Error naming the file.
void saveSettings(const std::filesystem::path& path, const Settings& settings);

/// $XDG_CONFIG_HOME/truce-atlas/settings.json, else $HOME/.config/truce-atlas/settings.json; empty
/// when neither variable is set.
std::filesystem::path defaultSettingsPath();

/// The window's state as settings, and back. Applying needs the corpus loaded (ids to indices);
/// unknown ids are dropped with a message.
Settings captureSettings(const AppContext& app);
void applySettings(AppContext& app, const Settings& settings);

}  // namespace ta
