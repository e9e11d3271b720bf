#include "tour.hpp"

#include "error.hpp"

#include <charconv>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

namespace ta {

namespace {

constexpr double kMaxStepSeconds = 600;

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

std::vector<std::string> splitList(std::string_view s, char sep) {
    std::vector<std::string> out;
    size_t start = 0;
    for (;;) {
        const size_t at = s.find(sep, start);
        out.emplace_back(trim(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start)));
        if (at == std::string_view::npos) break;
        start = at + 1;
    }
    return out;
}

class Parser {
public:
    explicit Parser(std::string file) : m_file(std::move(file)) {}

    [[noreturn]] void fail(int line, const std::string& what) const { throw Error(m_file + ":" + std::to_string(line) + ": " + what); }

    Day parseDay(int line, std::string_view text) const {
        std::string why;
        const auto d = parsePartialDate(text, &why);
        if (!d) fail(line, "date: " + why);
        if (d->precision != DatePrecision::Day) fail(line, "date: expected a full date YYYY-MM-DD, got '" + std::string(text) + "'");
        return d->first();
    }

    double parseNumber(int line, const std::string& key, std::string_view text) const {
        double v = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
        if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v))
            fail(line, key + ": expected a number, got '" + std::string(text) + "'");
        return v;
    }

    ViewBox parseView(int line, std::string_view text) const {
        const std::vector<std::string> parts = splitList(text, ',');
        if (parts.size() != 4) fail(line, "view: expected WEST,SOUTH,EAST,NORTH in degrees, got '" + std::string(text) + "'");
        ViewBox v{parseNumber(line, "view", parts[0]), parseNumber(line, "view", parts[1]), parseNumber(line, "view", parts[2]),
                  parseNumber(line, "view", parts[3])};
        if (v.west < -180 || v.east > 180 || v.south < -85 || v.north > 85)
            fail(line, "view: longitudes must lie in -180..180 and latitudes in -85..85");
        if (v.west >= v.east || v.south >= v.north) fail(line, "view: WEST must be less than EAST and SOUTH less than NORTH");
        return v;
    }

    void setStepKey(TourStep& step, int line, const std::string& key, std::string_view value) {
        if (key == "date") {
            const size_t dots = value.find("..");
            if (dots == std::string_view::npos) {
                step.from = step.to = parseDay(line, value);
            } else {
                step.from = parseDay(line, trim(value.substr(0, dots)));
                step.to = parseDay(line, trim(value.substr(dots + 2)));
                if (step.to < step.from) fail(line, "date: the range ends before it starts");
            }
            step.dateLine = line;
        } else if (key == "view") {
            step.view = parseView(line, value);
        } else if (key == "places") {
            step.places = splitList(value, ',');
            for (const std::string& id : step.places)
                if (id.empty()) fail(line, "places: empty id in the list");
            step.placesLine = line;
        } else if (key == "event") {
            step.event = std::string(value);
            step.eventLine = line;
        } else if (key == "duration") {
            step.durationSeconds = parseNumber(line, key, value);
            if (step.durationSeconds <= 0 || step.durationSeconds > kMaxStepSeconds)
                fail(line, "duration: must be more than 0 and at most " + std::to_string(static_cast<int>(kMaxStepSeconds)) + " seconds");
        } else if (key == "caption_en") {
            step.captionEn = std::string(value);
        } else if (key == "caption_ar") {
            step.captionAr = std::string(value);
        } else {
            fail(line, "unknown key '" + key + "' in a step (date, view, places, event, duration, caption_en, caption_ar)");
        }
    }

    void finishStep(const TourStep& step) const {
        if (step.dateLine == 0) fail(step.line, "step has no date (date = YYYY-MM-DD or YYYY-MM-DD .. YYYY-MM-DD)");
        if (step.durationSeconds <= 0) fail(step.line, "step has no duration (seconds)");
        if (step.captionEn.empty()) fail(step.line, "step has no caption_en");
        if (step.captionAr.empty()) fail(step.line, "step has no caption_ar");
    }

    Tour parse(std::string_view text) {
        Tour tour;
        tour.file = m_file;
        TourStep* step = nullptr;
        std::map<std::string, int> seen;  // keys of the current section, for duplicates
        int headerLine = 0;
        int lineNo = 0;
        std::istringstream in{std::string(text)};
        std::string raw;
        while (std::getline(in, raw)) {
            ++lineNo;
            if (lineNo == 1 && raw.rfind("\xEF\xBB\xBF", 0) == 0) raw.erase(0, 3);  // UTF-8 byte order mark
            const std::string_view line = trim(raw);
            if (line.empty() || line.front() == '#') continue;
            if (line.front() == '[') {
                if (line != "[step]") fail(lineNo, "unknown section '" + std::string(line) + "' (only [step])");
                if (step) finishStep(*step);
                tour.steps.emplace_back();
                step = &tour.steps.back();
                step->line = lineNo;
                seen.clear();
                continue;
            }
            const size_t eq = line.find('=');
            if (eq == std::string_view::npos) fail(lineNo, "expected 'key = value', got '" + std::string(line) + "'");
            const std::string key(trim(line.substr(0, eq)));
            const std::string_view value = trim(line.substr(eq + 1));
            if (key.empty()) fail(lineNo, "missing key before '='");
            if (value.empty()) fail(lineNo, key + ": empty value");
            if (auto [it, fresh] = seen.emplace(key, lineNo); !fresh)
                fail(lineNo, key + ": given twice (first on line " + std::to_string(it->second) + ")");
            if (step) {
                setStepKey(*step, lineNo, key, value);
            } else if (key == "title_en") {
                tour.titleEn = std::string(value);
                headerLine = lineNo;
            } else if (key == "title_ar") {
                tour.titleAr = std::string(value);
                headerLine = lineNo;
            } else {
                fail(lineNo, "unknown key '" + key + "' before the first [step] (title_en, title_ar)");
            }
        }
        if (step) finishStep(*step);
        if (tour.titleEn.empty()) fail(headerLine ? headerLine : 1, "the tour has no title_en");
        if (tour.titleAr.empty()) fail(headerLine ? headerLine : 1, "the tour has no title_ar");
        if (tour.steps.empty()) fail(lineNo ? lineNo : 1, "the tour has no [step]");
        return tour;
    }

private:
    std::string m_file;
};

}  // namespace

double Tour::durationSeconds() const {
    double total = 0;
    for (const TourStep& s : steps) total += s.durationSeconds;
    return total;
}

Tour parseTour(std::string_view text, const std::string& fileName) { return Parser(fileName).parse(text); }

Tour loadTour(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(path.string(), "cannot open the tour file");
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) throw Error(path.string(), "cannot read the tour file");
    return parseTour(text.str(), path.string());
}

std::vector<std::string> checkTour(const Tour& tour, const corpus::Corpus& corpus) {
    std::vector<std::string> problems;
    auto at = [&](int line) { return tour.file + ":" + std::to_string(line) + ": "; };
    const Day first = dayFromCivil(kTourFirstYear, 1, 1), last = dayFromCivil(kTourLastYear, 1, 1);
    for (const TourStep& step : tour.steps) {
        if (step.from < first || step.to > last)
            problems.push_back(at(step.dateLine) + "date: outside the timeline (" + formatIsoDay(first) + " .. " + formatIsoDay(last) + ")");
        for (const std::string& id : step.places)
            if (corpus.placeIndex(id) < 0) problems.push_back(at(step.placesLine) + "places: no place '" + id + "' in the corpus");
        if (!step.event.empty() && corpus.eventIndex(step.event) < 0)
            problems.push_back(at(step.eventLine) + "event: no event '" + step.event + "' in the corpus");
    }
    return problems;
}

}  // namespace ta
