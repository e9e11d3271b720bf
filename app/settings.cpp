#include "settings.hpp"

#include "app_context.hpp"
#include "atomic_file.hpp"
#include "error.hpp"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>

namespace ta {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

json dayJson(const std::optional<Day>& d) { return d ? json(formatIsoDay(*d)) : json(nullptr); }

// Typed reads: a missing key keeps the default silently; a wrong one keeps it with a message.
struct Reader {
    const json& root;
    const std::string& where;
    std::vector<std::string>& messages;

    void bad(const std::string& field, const std::string& why) {
        messages.push_back(where + ": field '" + field + "' " + why + "; ignored");
    }
    const json* find(const json& obj, const std::string& key) {
        const auto it = obj.find(key);
        return it == obj.end() || it->is_null() ? nullptr : &*it;
    }
    std::optional<Day> day(const json& obj, const std::string& key, const std::string& field) {
        const json* v = find(obj, key);
        if (!v) return std::nullopt;
        if (!v->is_string()) return bad(field, "should be a date YYYY-MM-DD"), std::nullopt;
        const auto d = parseIsoDay(v->get<std::string>());
        if (!d) return bad(field, "is not a date YYYY-MM-DD: '" + v->get<std::string>() + "'"), std::nullopt;
        return d;
    }
    bool boolean(const json& obj, const std::string& key, const std::string& field, bool def) {
        const json* v = find(obj, key);
        if (!v) return def;
        if (!v->is_boolean()) return bad(field, "should be true or false"), def;
        return v->get<bool>();
    }
    double number(const json& obj, const std::string& key, const std::string& field, double def, double lo, double hi) {
        const json* v = find(obj, key);
        if (!v) return def;
        if (!v->is_number()) return bad(field, "should be a number"), def;
        const double x = v->get<double>();
        if (!std::isfinite(x) || x < lo || x > hi) return bad(field, "is out of range"), def;
        return x;
    }
    std::string string(const json& obj, const std::string& key, const std::string& field) {
        const json* v = find(obj, key);
        if (!v) return {};
        if (!v->is_string()) return bad(field, "should be a string"), std::string{};
        return v->get<std::string>();
    }
    template <typename T>
    std::vector<T> list(const json& obj, const std::string& key, const std::string& field) {
        const json* v = find(obj, key);
        if (!v) return {};
        std::vector<T> out;
        if (!v->is_array()) return bad(field, "should be a list"), out;
        for (const json& item : *v) {
            if constexpr (std::is_same_v<T, int>) {
                if (!item.is_number_integer()) return bad(field, "should list whole numbers"), std::vector<T>{};
            } else {
                if (!item.is_string()) return bad(field, "should list strings"), std::vector<T>{};
            }
            out.push_back(item.get<T>());
        }
        return out;
    }
};

std::string timestamp() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y%m%d-%H%M%S", &tm);
    return buf;
}

// Renames `path` to "<path><suffix>" (then "-2", "-3", ... if taken). Returns the new path, or ""
// when even renaming failed.
fs::path moveAside(const fs::path& path, const std::string& suffix) {
    fs::path target = path.string() + suffix;
    std::error_code ec;
    for (int n = 2; fs::exists(target, ec) && n < 1000; ++n) target = path.string() + suffix + "-" + std::to_string(n);
    fs::rename(path, target, ec);
    return ec ? fs::path() : target;
}

}  // namespace

std::string settingsToJson(const Settings& s) {
    json j;
    j["version"] = Settings::kVersion;
    j["date"] = dayJson(s.date);
    j["camera"] = s.camera ? json{{"x", s.camera->x}, {"y", s.camera->y}, {"metresPerPixel", s.camera->metresPerPixel}} : json(nullptr);
    j["selection"] = {{"event", s.selectedEvent}, {"place", s.selectedPlace}, {"case", s.selectedCase}};
    j["panes"] = s.panes;
    j["filters"] = {{"kinds", s.filters.kinds},   {"guarantors", s.filters.guarantors}, {"governorates", s.filters.governorates},
                    {"models", s.filters.models}, {"priorities", s.filters.priorities},
                    {"mediatorsCount", s.filters.mediatorsCount}, {"dimFiltered", s.filters.dimFiltered}};
    j["lang"] = std::string(langId(s.lang));
    j["playback"] = {{"daysPerSecond", s.daysPerSecond}, {"loop", s.loop}, {"loopStart", dayJson(s.loopStart)}, {"loopEnd", dayJson(s.loopEnd)}};
    j["cases"] = {{"alignAtFirstAgreement", s.alignCases}};
    return j.dump(2) + "\n";
}

Settings settingsFromJson(const std::string& text, const std::string& where, std::vector<std::string>& messages) {
    json root;
    try {
        root = json::parse(text);
    } catch (const json::parse_error& e) {
        throw Error(where, std::string("not valid JSON (") + e.what() + ")");
    }
    if (!root.is_object()) throw Error(where, "not a settings object");
    const auto version = root.find("version");
    if (version == root.end() || !version->is_number_integer()) throw Error(where, "has no version number");
    if (version->get<int>() > Settings::kVersion)
        throw Error(where, "written by a newer Truce Atlas (settings version " + std::to_string(version->get<int>()) + ", this one reads " +
                               std::to_string(Settings::kVersion) + ")");
    if (version->get<int>() < 1) throw Error(where, "has an invalid version " + std::to_string(version->get<int>()));

    Settings s;
    Reader r{root, where, messages};
    const json empty = json::object();
    auto object = [&](const std::string& key) -> const json& {
        const json* v = r.find(root, key);
        if (v && !v->is_object()) {
            r.bad(key, "should be an object");
            return empty;
        }
        return v ? *v : empty;
    };
    s.date = r.day(root, "date", "date");
    if (const json& cam = object("camera"); !cam.empty()) {
        Settings::View v;
        v.x = r.number(cam, "x", "camera.x", NAN, -2e7, 2e7);
        v.y = r.number(cam, "y", "camera.y", NAN, -2e7, 2e7);
        v.metresPerPixel = r.number(cam, "metresPerPixel", "camera.metresPerPixel", NAN, 0.01, 1e6);
        if (std::isfinite(v.x) && std::isfinite(v.y) && std::isfinite(v.metresPerPixel)) s.camera = v;
    }
    const json& sel = object("selection");
    s.selectedEvent = r.string(sel, "event", "selection.event");
    s.selectedPlace = r.string(sel, "place", "selection.place");
    s.selectedCase = static_cast<int>(r.number(sel, "case", "selection.case", 0, 0, 1000));
    for (const auto& [id, open] : object("panes").items()) {
        if (open.is_boolean()) s.panes[id] = open.get<bool>();
        else r.bad("panes." + id, "should be true or false");
    }
    const json& f = object("filters");
    s.filters.kinds = r.list<std::string>(f, "kinds", "filters.kinds");
    s.filters.guarantors = r.list<std::string>(f, "guarantors", "filters.guarantors");
    s.filters.governorates = r.list<std::string>(f, "governorates", "filters.governorates");
    s.filters.models = r.list<int>(f, "models", "filters.models");
    s.filters.priorities = r.list<int>(f, "priorities", "filters.priorities");
    s.filters.mediatorsCount = r.boolean(f, "mediatorsCount", "filters.mediatorsCount", false);
    s.filters.dimFiltered = r.boolean(f, "dimFiltered", "filters.dimFiltered", false);
    if (const std::string lang = r.string(root, "lang", "lang"); !lang.empty() && !parseLang(lang, s.lang))
        r.bad("lang", "should be \"en\" or \"ar\", not '" + lang + "'");
    const json& pb = object("playback");
    s.daysPerSecond = r.number(pb, "daysPerSecond", "playback.daysPerSecond", s.daysPerSecond, 1, 365);
    s.loop = r.boolean(pb, "loop", "playback.loop", false);
    s.loopStart = r.day(pb, "loopStart", "playback.loopStart");
    s.loopEnd = r.day(pb, "loopEnd", "playback.loopEnd");
    s.alignCases = r.boolean(object("cases"), "alignAtFirstAgreement", "cases.alignAtFirstAgreement", false);
    return s;
}

SettingsLoad loadSettings(const fs::path& path) {
    SettingsLoad out;
    std::error_code ec;
    if (!fs::exists(path, ec)) return out;
    const std::string where = path.string();
    auto setAside = [&](const std::string& why, const std::string& suffix) {
        out.movedTo = moveAside(path, suffix);
        out.messages.push_back(why + (out.movedTo.empty() ? "; it could not be moved aside either"
                                                          : "; moved aside to " + out.movedTo.string()) +
                               "; starting with default settings");
    };
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    if (in) buffer << in.rdbuf();
    if (!in || in.bad()) {
        setAside(where + ": cannot be read", ".unreadable-" + timestamp());
        return out;
    }
    try {
        out.settings = settingsFromJson(buffer.str(), where, out.messages);
    } catch (const Error& e) {
        const std::string what = e.what();
        const bool newer = what.find("newer Truce Atlas") != std::string::npos;
        setAside(what, newer ? ".newer-" + timestamp() : ".corrupt-" + timestamp());
    }
    return out;
}

void saveSettings(const fs::path& path, const Settings& settings) {
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    if (ec) throw Error(path.parent_path().string(), "cannot create the settings directory: " + ec.message());
    writeFileAtomically(path, settingsToJson(settings));
}

fs::path defaultSettingsPath() {
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg && fs::path(xdg).is_absolute())
        return fs::path(xdg) / "truce-atlas" / "settings.json";
    if (const char* home = std::getenv("HOME"); home && *home) return fs::path(home) / ".config" / "truce-atlas" / "settings.json";
    return {};
}

Settings captureSettings(const AppContext& app) {
    Settings s;
    s.date = app.playback.current();
    s.camera = Settings::View{app.camera.center.x, app.camera.center.y, app.camera.metresPerPixel};
    if (app.corpus) {
        const corpus::Corpus& c = *app.corpus;
        if (app.selection.event >= 0 && static_cast<size_t>(app.selection.event) < c.events().size())
            s.selectedEvent = c.events()[static_cast<size_t>(app.selection.event)].id;
        if (app.selection.place >= 0 && static_cast<size_t>(app.selection.place) < c.places().size())
            s.selectedPlace = c.places()[static_cast<size_t>(app.selection.place)].id;
        if (app.selection.caseIndex >= 0 && static_cast<size_t>(app.selection.caseIndex) < c.cases().size())
            s.selectedCase = c.cases()[static_cast<size_t>(app.selection.caseIndex)].n;
    }
    PaneVisibility show = app.show;
    for (const PaneFlag& f : paneFlags(show)) s.panes[f.id] = *f.open;
    s.filters = app.filters;
    s.lang = app.lang;
    s.daysPerSecond = app.playback.daysPerSecond;
    s.loop = app.playback.loop;
    s.loopStart = app.playback.loopStart;
    s.loopEnd = app.playback.loopEnd;
    s.alignCases = app.casesView.alignAtFirstAgreement;
    return s;
}

void applySettings(AppContext& app, const Settings& s) {
    if (s.date) app.playback.setDay(*s.date);
    if (s.camera) {
        app.camera.center = {s.camera->x, s.camera->y};
        app.camera.metresPerPixel = s.camera->metresPerPixel;
        app.cameraUnset = false;
    }
    if (app.corpus) {
        const corpus::Corpus& c = *app.corpus;
        app.selection = {};
        if (!s.selectedEvent.empty()) {
            app.selection.event = c.eventIndex(s.selectedEvent);
            if (app.selection.event < 0) app.messages.push_back("settings: the selected event '" + s.selectedEvent + "' is no longer in the corpus");
        }
        if (!s.selectedPlace.empty()) app.selection.place = c.placeIndex(s.selectedPlace);
        if (s.selectedCase > 0) app.selection.caseIndex = c.caseIndex(s.selectedCase);
    }
    for (const PaneFlag& f : paneFlags(app.show))
        if (const auto it = s.panes.find(f.id); it != s.panes.end()) *f.open = it->second;
    app.filters = s.filters;
    app.lang = s.lang;
    app.playback.daysPerSecond = s.daysPerSecond;
    app.playback.loop = s.loop;
    if (s.loopStart && s.loopEnd) app.playback.setLoopRange(*s.loopStart, *s.loopEnd);
    app.casesView.alignAtFirstAgreement = s.alignCases;
}

}  // namespace ta
