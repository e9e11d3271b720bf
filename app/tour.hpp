#pragma once
// Tours for teaching: a small text file of steps, each a date or a date range to animate, a view,
// places to ring or an event to select, a caption in English and Arabic and a duration. The format
// is documented in tours/README.md. Parsing is pure and knows nothing of the corpus; checking the
// ids against the corpus is a separate step. Every problem reads "file:line: what is wrong".

#include "cli_args.hpp"
#include "date.hpp"
#include "model.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ta {

struct TourStep {
    int line = 0;                    // of its [step] header
    Day from, to;                    // equal when the step holds one date
    int dateLine = 0;
    std::optional<ViewBox> view;     // none: keep the previous step's view (the first: all of Syria)
    std::vector<std::string> places; // place ids to ring
    int placesLine = 0;
    std::string event;               // an event id to select ("" = none)
    int eventLine = 0;
    double durationSeconds = 0;
    std::string captionEn, captionAr;
};

struct Tour {
    std::string file;                // as given, for messages
    std::string titleEn, titleAr;
    std::vector<TourStep> steps;
    double durationSeconds() const;
};

/// Throws ta::Error "file:line: problem" at the first problem.
Tour parseTour(std::string_view text, const std::string& fileName);
/// Reads and parses a file; throws ta::Error naming the file when it cannot be read.
Tour loadTour(const std::filesystem::path& path);

/// Problems with the corpus's ids and the timeline's range, each "file:line: what is wrong"
/// (empty when the tour fits the corpus).
std::vector<std::string> checkTour(const Tour& tour, const corpus::Corpus& corpus);

/// The timeline's range; tour dates must fall inside it.
inline constexpr int kTourFirstYear = 2011, kTourLastYear = 2019;

}  // namespace ta
