#pragma once
// `truce-atlas synth-events --count N [--seed S] [--from DATE] [--to DATE] -o OUT.gpkg|OUT.csv`:
// deterministic synthetic point events for scale tests (geodata/synth_events.hpp).

#include "synth_events.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace ta {

struct SynthEventsOptions {
    SynthRequest request;
    std::string output;
};

/// Throws ta::UsageError naming the argument.
SynthEventsOptions parseSynthEventsArgs(const std::vector<std::string>& args);

int runSynthEventsCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace ta
