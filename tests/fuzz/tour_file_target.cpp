// Fuzz target: arbitrary bytes as a tour file. parseTour either returns a tour that satisfies its
// documented guarantees or throws ta::Error whose message is "file:line: what is wrong".

#include "error.hpp"
#include "fuzz_targets.hpp"
#include "tour.hpp"

#include <string>

namespace ta::fuzz {

int tourFile(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    static const std::string kName = "fuzz.tour";
    size_t lines = 1;
    for (char c : text) lines += c == '\n';
    try {
        const Tour tour = parseTour(text, kName);
        require(!tour.steps.empty() && !tour.titleEn.empty() && !tour.titleAr.empty(), "a tour without steps or titles");
        for (const TourStep& step : tour.steps) {
            require(step.from <= step.to, "a step whose range ends before it starts");
            require(step.durationSeconds > 0 && step.durationSeconds <= 600, "a step with an impossible duration");
            require(!step.captionEn.empty() && !step.captionAr.empty(), "a step without captions");
            require(step.line >= 1 && static_cast<size_t>(step.line) <= lines, "a step's line is outside the file");
            if (step.view) require(step.view->west < step.view->east && step.view->south < step.view->north, "an empty view");
        }
        require(tour.durationSeconds() > 0, "a tour that lasts no time");
    } catch (const Error& e) {
        const std::string what = e.what();
        require(what.rfind(kName + ":", 0) == 0, "a tour error that does not name the file: " + what);
        const size_t colon = what.find(':', kName.size() + 1);
        require(colon != std::string::npos, "a tour error without a line: " + what);
        const std::string lineText = what.substr(kName.size() + 1, colon - kName.size() - 1);
        require(!lineText.empty() && lineText.find_first_not_of("0123456789") == std::string::npos, "a tour error without a line: " + what);
        const unsigned long line = std::stoul(lineText);
        require(line >= 1 && line <= lines, "a tour error names a line outside the file: " + what);
    }
    return 0;
}

}  // namespace ta::fuzz
