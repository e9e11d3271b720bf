#include "layer_spec.hpp"

#include "error.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace ta {

namespace {

constexpr const char* kKnownKeys = "name, name_ar, id, level, fill, label, time";

bool existsAsGiven(const std::string& text) {
    std::error_code ec;
    return std::filesystem::exists(text, ec);
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

int parseLevel(const std::string& text, const std::string& value) {
    std::string v = lower(value);
    if (v.rfind("adm", 0) == 0) v = v.substr(3);
    if (v.size() == 1 && v[0] >= '0' && v[0] <= '0' + kMaxAdminLevel) return v[0] - '0';
    throw UsageError(text, "level must be 0.." + std::to_string(kMaxAdminLevel) + " or adm0..adm" +
                               std::to_string(kMaxAdminLevel) + ", got '" + value + "'");
}

void setOption(LayerSpec& spec, const std::string& text, const std::string& key, const std::string& value) {
    if (value.empty()) throw UsageError(text, "option '" + key + "=' needs a value");
    auto setOnce = [&](std::string& field) {
        if (!field.empty()) throw UsageError(text, "option '" + key + "' given twice");
        field = value;
    };
    if (key == "name") setOnce(spec.nameField);
    else if (key == "name_ar") setOnce(spec.nameArField);
    else if (key == "id") setOnce(spec.idField);
    else if (key == "fill") setOnce(spec.fillField);
    else if (key == "label") setOnce(spec.labelField);
    else if (key == "time") setOnce(spec.timeField);
    else if (key == "level") {
        if (spec.adminLevel) throw UsageError(text, "option 'level' given twice");
        spec.adminLevel = parseLevel(text, value);
    } else {
        throw UsageError(text, "unknown option '" + key + "' (known: " + kKnownKeys + ")");
    }
}

// "PATH" or "PATH:LAYER" (no options left).
void splitLayer(const std::string& text, LayerSpec& spec) {
    spec.path = text;
    if (existsAsGiven(text) || (text.rfind("/vsi", 0) == 0 && text.find(':') == std::string::npos)) return;
    const size_t colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == text.size()) return;
    const std::string tail = text.substr(colon + 1);
    if (tail.find('/') != std::string::npos) return;  // the colon belongs to the path
    spec.path = text.substr(0, colon);
    spec.layer = tail;
}

}  // namespace

bool LayerSpec::hasOptions() const {
    return !nameField.empty() || !nameArField.empty() || !idField.empty() || adminLevel || !fillField.empty() ||
           !labelField.empty() || !timeField.empty();
}

LayerSpec LayerSpec::parse(const std::string& text) {
    LayerSpec spec;
    if (text.empty()) throw UsageError("layer", "empty path");
    if (existsAsGiven(text)) {
        spec.path = text;
        return spec;
    }
    // Options trail the path; peel them off from the right so that commas inside the path survive.
    std::string rest = text;
    for (size_t comma; (comma = rest.rfind(',')) != std::string::npos;) {
        const std::string option = rest.substr(comma + 1);
        const size_t eq = option.find('=');
        if (eq == std::string::npos || option.find('/') != std::string::npos) break;  // part of the path
        setOption(spec, text, option.substr(0, eq), option.substr(eq + 1));
        rest.resize(comma);
        if (existsAsGiven(rest)) break;
    }
    if (rest.empty()) throw UsageError(text, "no path before the options");
    splitLayer(rest, spec);
    return spec;
}

}  // namespace ta
