#include "cli_args.hpp"

#include "error.hpp"
#include "layer_spec.hpp"

#include <charconv>
#include <cmath>

namespace ta {

namespace {

constexpr int kMinSize = 64, kMaxWidth = 7680, kMaxHeight = 4320;

int parseInt(const std::string& flag, const std::string& text, int lo, int hi) {
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        throw UsageError(flag, "expected a whole number, got '" + text + "'");
    if (value < lo || value > hi)
        throw UsageError(flag, std::to_string(value) + " is out of range " + std::to_string(lo) + ".." + std::to_string(hi));
    return value;
}

double parseDouble(const std::string& flag, const std::string& text) {
    try {
        size_t used = 0;
        const double v = std::stod(text, &used);
        if (used != text.size() || !std::isfinite(v)) throw std::invalid_argument(text);
        return v;
    } catch (const std::exception&) {
        throw UsageError(flag, "expected a number, got '" + text + "'");
    }
}

// Walks argv; `value()` takes the argument after a flag or fails naming the flag.
struct ArgCursor {
    const std::vector<std::string>& args;
    size_t i = 0;
    bool done() const { return i >= args.size(); }
    const std::string& next() { return args[i++]; }
    const std::string& value(const std::string& flag) {
        if (i >= args.size()) throw UsageError(flag, "needs a value");
        return args[i++];
    }
};

// Validates PATH[:LAYER][,key=value]... now, so a typo is a usage error (exit 2) before any loading.
const std::string& checkLayerSpec(const std::string& flag, const std::string& text) {
    LayerSpec spec;
    try {
        spec = LayerSpec::parse(text);
    } catch (const UsageError& e) {
        throw UsageError(flag, e.what());
    }
    if (flag == "--boundaries" && (!spec.fillField.empty() || !spec.labelField.empty() || !spec.timeField.empty()))
        throw UsageError(flag, "fill=, label= and time= apply to --layer only, got '" + text + "'");
    if (!spec.timeField.empty() && (!spec.fillField.empty() || !spec.labelField.empty()))
        throw UsageError(flag, "time= (an event layer) cannot be combined with fill= or label=, got '" + text + "'");
    return text;
}

bool parseMapOption(const std::string& arg, ArgCursor& cur, MapOptions& map) {
    if (arg == "--boundaries") {
        map.boundaries.push_back(checkLayerSpec(arg, cur.value(arg)));
    } else if (arg == "--layer") {
        map.layers.push_back(checkLayerSpec(arg, cur.value(arg)));
    } else if (arg == "--date") {
        map.date = parseDateArg(arg, cur.value(arg));
    } else if (arg == "--view") {
        map.view = parseView(cur.value(arg));
    } else if (arg == "--lang") {
        map.lang = cur.value(arg);
        if (map.lang != "en" && map.lang != "ar") throw UsageError(arg, "expected 'en' or 'ar', got '" + map.lang + "'");
    } else if (arg == "--labels") {
        const std::string v = cur.value(arg);
        if (v != "on" && v != "off") throw UsageError(arg, "expected 'on' or 'off', got '" + v + "'");
        map.labels = v == "on";
    } else if (arg == "--time-window") {
        map.timeWindowDays = parseTimeWindowDays(cur.value(arg));
    } else if (arg == "--corpus") {
        map.corpusDb = cur.value(arg);
    } else {
        return false;
    }
    return true;
}

}  // namespace

void parseSize(const std::string& text, int& width, int& height) {
    const size_t x = text.find('x');
    if (x == std::string::npos) throw UsageError("--size", "expected WIDTHxHEIGHT, e.g. 1920x1080, got '" + text + "'");
    width = parseInt("--size", text.substr(0, x), kMinSize, kMaxWidth);
    height = parseInt("--size", text.substr(x + 1), kMinSize, kMaxHeight);
}

Day parseDateArg(const std::string& flag, const std::string& text) {
    std::string why;
    auto d = parsePartialDate(text, &why);
    if (!d) throw UsageError(flag, why);
    if (d->precision != DatePrecision::Day) throw UsageError(flag, "expected a full date YYYY-MM-DD, got '" + text + "'");
    return d->first();
}

ViewBox parseView(const std::string& text) {
    std::vector<std::string> parts;
    size_t start = 0;
    for (size_t comma; (comma = text.find(',', start)) != std::string::npos; start = comma + 1)
        parts.push_back(text.substr(start, comma - start));
    parts.push_back(text.substr(start));
    if (parts.size() != 4) throw UsageError("--view", "expected WEST,SOUTH,EAST,NORTH in degrees, got '" + text + "'");
    ViewBox v{parseDouble("--view", parts[0]), parseDouble("--view", parts[1]), parseDouble("--view", parts[2]),
              parseDouble("--view", parts[3])};
    if (v.west < -180 || v.east > 180 || v.south < -85 || v.north > 85)
        throw UsageError("--view", "longitudes must lie in -180..180 and latitudes in -85..85");
    if (v.west >= v.east || v.south >= v.north) throw UsageError("--view", "WEST must be less than EAST and SOUTH less than NORTH");
    return v;
}

double parseTimeWindowDays(const std::string& text) {
    const double days = parseDouble("--time-window", text);
    if (days < 0 || days > 36525) throw UsageError("--time-window", "expected 0 to 36525 days, got '" + text + "'");
    return days;
}

RenderOptions parseRenderArgs(const std::vector<std::string>& args) {
    RenderOptions opt;
    ArgCursor cur{args};
    while (!cur.done()) {
        const std::string arg = cur.next();
        if (parseMapOption(arg, cur, opt.map)) continue;
        if (arg == "--size") parseSize(cur.value(arg), opt.width, opt.height);
        else if (arg == "-o" || arg == "--output") opt.output = cur.value(arg);
        else if (arg == "--samples") opt.samples = parseInt(arg, cur.value(arg), 0, 16);
        else if (arg == "--repeat") opt.repeat = parseInt(arg, cur.value(arg), 1, 100000);
        else if (arg == "--overlays") opt.overlays = parseOverlaySet(arg, cur.value(arg));
        else if (arg == "--transparent") opt.transparent = true;
        else if (arg == "--select") opt.selectPlace = cur.value(arg);
        else if (arg == "--pixel-ratio") {
            opt.pixelRatio = parseDouble(arg, cur.value(arg));
            if (opt.pixelRatio < 0.5 || opt.pixelRatio > 8) throw UsageError(arg, "expected a ratio from 0.5 to 8");
        }
        else throw UsageError(arg, "unknown option for 'render' (see truce-atlas --help)");
    }
    if (opt.output.empty() && opt.repeat == 0) throw UsageError("-o", "render needs an output file: -o OUT.png");
    if (!opt.map.date) throw UsageError("--date", "render needs a date: --date YYYY-MM-DD");
    return opt;
}

GuiOptions parseGuiArgs(const std::vector<std::string>& args) {
    GuiOptions opt;
    ArgCursor cur{args};
    while (!cur.done()) {
        const std::string arg = cur.next();
        if (parseMapOption(arg, cur, opt.map)) {
            opt.langGiven |= arg == "--lang";
            continue;
        }
        if (arg == "--select") opt.selectEvent = cur.value(arg);
        else if (arg == "--settings") opt.settingsPath = cur.value(arg);
        else if (arg == "--no-settings") opt.noSettings = true;
        else if (arg == "--frames") opt.frames = parseInt(arg, cur.value(arg), 1, 1000000);
        else if (arg == "--screenshot") opt.screenshot = cur.value(arg);
        else if (arg == "--size") parseSize(cur.value(arg), opt.width, opt.height);
        else throw UsageError(arg, "unknown option (see truce-atlas --help)");
    }
    return opt;
}

}  // namespace ta
