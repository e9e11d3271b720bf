#include "synth_events_command.hpp"

#include "atomic_file.hpp"
#include "cli_args.hpp"
#include "date.hpp"
#include "error.hpp"

#include <charconv>

namespace ta {

namespace {

uint64_t parseCount(const std::string& flag, const std::string& text, uint64_t lo, uint64_t hi) {
    uint64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) throw UsageError(flag, "expected a whole number, got '" + text + "'");
    if (value < lo || value > hi) throw UsageError(flag, text + " is out of range " + std::to_string(lo) + ".." + std::to_string(hi));
    return value;
}

}  // namespace

SynthEventsOptions parseSynthEventsArgs(const std::vector<std::string>& args) {
    SynthEventsOptions opt;
    opt.request.fromDay = dayFromCivil(2012, 1, 1).n;
    opt.request.toDay = dayFromCivil(2018, 12, 31).n;
    bool countGiven = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        auto value = [&]() -> const std::string& {
            if (i + 1 >= args.size()) throw UsageError(arg, "needs a value");
            return args[++i];
        };
        if (arg == "--count") {
            opt.request.count = parseCount(arg, value(), 1, 100'000'000);
            countGiven = true;
        } else if (arg == "--seed") opt.request.seed = parseCount(arg, value(), 0, UINT64_MAX);
        else if (arg == "--from") opt.request.fromDay = parseDateArg(arg, value()).n;
        else if (arg == "--to") opt.request.toDay = parseDateArg(arg, value()).n;
        else if (arg == "-o" || arg == "--output") opt.output = value();
        else throw UsageError(arg, "unknown option for 'synth-events' (see truce-atlas --help)");
    }
    if (!countGiven) throw UsageError("--count", "synth-events needs --count N");
    if (opt.output.empty()) throw UsageError("-o", "synth-events needs an output file: -o OUT.gpkg or OUT.csv");
    if (opt.request.toDay < opt.request.fromDay) throw UsageError("--to", "is before --from");
    return opt;
}

int runSynthEventsCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream&) {
    const SynthEventsOptions opt = parseSynthEventsArgs(args);
    checkWritableDestination(opt.output);
    writeSynthEvents(generateSynthEvents(opt.request), opt.output);
    out << "wrote " << opt.output << " (" << opt.request.count << " events, seed " << opt.request.seed << ")\n";
    return 0;
}

}  // namespace ta
