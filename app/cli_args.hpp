#pragma once
// Command-line parsing for `truce-atlas` and its subcommands. Bad arguments throw ta::UsageError
// naming the argument; main turns that into exit status 2.

#include "date.hpp"
#include "overlay_layout.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ta {

struct ViewBox {
    double west = 0, south = 0, east = 0, north = 0;  // degrees
};

/// Options shared by the window and `render`.
struct MapOptions {
    std::vector<std::string> boundaries;  // --boundaries PATH[:LAYER][,name=F][,name_ar=F][,id=F][,level=N] (repeatable)
    std::vector<std::string> layers;      // --layer PATH[:LAYER][,fill=FIELD][,label=FIELD] (repeatable, drawn in order)
    std::optional<Day> date;              // --date YYYY-MM-DD
    std::optional<ViewBox> view;          // --view W,S,E,N
    std::string lang = "en";              // --lang en|ar
    bool labels = true;                   // --labels on|off: place and area names on the map
    std::string corpusDb;                 // --corpus DB, or none (default: the built-in database)
    double timeWindowDays = 30;           // --time-window DAYS: event layers (time=) show [date - DAYS, date]
};

struct RenderOptions {
    MapOptions map;
    int width = 1920, height = 1080;      // --size WxH
    std::string output;                   // -o OUT.png
    int samples = 4;                      // --samples N (multisampling)
    int repeat = 0;                       // --repeat N: time N frames, print the median
    OverlaySet overlays = OverlaySet::all();  // --overlays title,date,legend,scale,attribution|all|none
    double pixelRatio = 1;                // --pixel-ratio R: image pixels per logical pixel (print scale)
    bool transparent = false;             // --transparent: the sea left transparent (PNG alpha)
    std::string selectPlace;              // --select PLACE_ID: that corpus place drawn selected (ringed)
};

struct GuiOptions {
    MapOptions map;
    std::string selectEvent;              // --select EVENT_ID
    bool langGiven = false;               // --lang was on the command line (it then wins over the settings file)
    std::string settingsPath;             // --settings PATH: this settings file instead of the XDG one
    bool noSettings = false;              // --no-settings: neither read nor write settings
    int frames = 0;                       // --frames N: quit after N frames (tests, benchmarks)
    std::string screenshot;               // --screenshot OUT.png: write the last frame
    int width = 1600, height = 900;       // --size WxH
};

/// Sizes from 64x64 to 7680x4320.
void parseSize(const std::string& text, int& width, int& height);
Day parseDateArg(const std::string& flag, const std::string& text);
ViewBox parseView(const std::string& text);
/// --time-window DAYS: 0 to 36525 (a century).
double parseTimeWindowDays(const std::string& text);

RenderOptions parseRenderArgs(const std::vector<std::string>& args);
GuiOptions parseGuiArgs(const std::vector<std::string>& args);

}  // namespace ta
