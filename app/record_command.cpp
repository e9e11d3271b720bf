#include "record_command.hpp"

#include "error.hpp"

#include <unistd.h>

#include <atomic>
#include <charconv>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>

namespace ta {

namespace {

constexpr double kMaxSeconds = 3600;
constexpr int kMaxFps = 120;

// A signal handler can reach nothing but static storage; this flag is the only bridge between
// Ctrl-C and the recording loop (a lock-free atomic, which is safe to store from a handler).
std::atomic<bool> s_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void onInterrupt(int) { s_interrupted.store(true); }

// Restores the previous handlers when the command ends (tests call the command in-process).
struct InterruptHandlers {
    using Handler = void (*)(int);
    Handler previousInt, previousTerm;
    InterruptHandlers() {
        s_interrupted.store(false);
        previousInt = std::signal(SIGINT, onInterrupt);
        previousTerm = std::signal(SIGTERM, onInterrupt);
    }
    ~InterruptHandlers() {
        std::signal(SIGINT, previousInt);
        std::signal(SIGTERM, previousTerm);
    }
};

int parseInt(const std::string& flag, const std::string& text, int lo, int hi) {
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) throw UsageError(flag, "expected a whole number, got '" + text + "'");
    if (value < lo || value > hi)
        throw UsageError(flag, std::to_string(value) + " is out of range " + std::to_string(lo) + ".." + std::to_string(hi));
    return value;
}

double parseSeconds(const std::string& flag, const std::string& text) {
    double v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v))
        throw UsageError(flag, "expected a number of seconds, got '" + text + "'");
    if (v <= 0 || v > kMaxSeconds) throw UsageError(flag, "must be more than 0 and at most " + std::to_string(static_cast<int>(kMaxSeconds)));
    return v;
}

std::string formatSeconds(double s) {
    const int total = static_cast<int>(std::lround(std::max(0.0, s)));
    char buf[32];
    if (total >= 60) std::snprintf(buf, sizeof buf, "%dm%02ds", total / 60, total % 60);
    else std::snprintf(buf, sizeof buf, "%ds", total);
    return buf;
}

// Progress on the terminal: one line rewritten in place on a TTY, a line per 10% otherwise.
class ProgressLine {
public:
    explicit ProgressLine(std::ostream& err) : m_err(err), m_tty(::isatty(STDERR_FILENO)) {}
    void update(const RecordProgress& p) {
        if (p.frameCount == 0 || p.framesEncoded == 0) return;
        const bool done = p.framesEncoded == p.frameCount;
        const int decile = p.framesEncoded * 10 / p.frameCount;
        if (m_tty ? (!done && p.elapsedSeconds - m_lastShown < 0.25) : (decile == m_lastDecile)) return;
        m_lastShown = p.elapsedSeconds;
        m_lastDecile = decile;
        const double rate = p.elapsedSeconds > 0 ? p.framesEncoded / p.elapsedSeconds : 0;
        const double left = rate > 0 ? (p.frameCount - p.framesEncoded) / rate : 0;
        char line[160];
        std::snprintf(line, sizeof line, "frame %d/%d (%d%%), %.1f fps, %s left", p.framesEncoded, p.frameCount,
                      p.framesEncoded * 100 / p.frameCount, rate, formatSeconds(left).c_str());
        if (m_tty) m_err << "\r" << line << "\x1b[K" << std::flush;
        else m_err << line << "\n";
        m_dirty = m_tty;
    }
    void end() {
        if (m_dirty) m_err << "\n";
        m_dirty = false;
    }

private:
    std::ostream& m_err;
    bool m_tty;
    bool m_dirty = false;
    double m_lastShown = -1;
    int m_lastDecile = -1;
};

}  // namespace

RecordRequest parseRecordArgs(const std::vector<std::string>& args) {
    RecordRequest req;
    std::optional<Day> from, to;
    std::optional<double> seconds;
    std::string tourFile;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        auto value = [&]() -> const std::string& {
            if (i + 1 >= args.size()) throw UsageError(arg, "needs a value");
            return args[++i];
        };
        if (arg == "--from") from = parseDateArg(arg, value());
        else if (arg == "--to") to = parseDateArg(arg, value());
        else if (arg == "--duration") seconds = parseSeconds(arg, value());
        else if (arg == "--fps") req.fps = parseInt(arg, value(), 1, kMaxFps);
        else if (arg == "--size") parseSize(value(), req.width, req.height);
        else if (arg == "--view") req.map.view = parseView(value());
        else if (arg == "--lang") {
            req.map.lang = value();
            if (req.map.lang != "en" && req.map.lang != "ar") throw UsageError(arg, "expected 'en' or 'ar', got '" + req.map.lang + "'");
        }
        else if (arg == "--boundaries") req.map.boundaries.push_back(value());
        else if (arg == "--layer") req.map.layers.push_back(value());
        else if (arg == "--labels") {
            const std::string v = value();
            if (v != "on" && v != "off") throw UsageError(arg, "expected 'on' or 'off', got '" + v + "'");
            req.map.labels = v == "on";
        }
        else if (arg == "--overlays") req.overlays = parseOverlaySet(arg, value());
        else if (arg == "--layer") req.map.layers.push_back(value());
        else if (arg == "--corpus") req.map.corpusDb = value();
        else if (arg == "--time-window") req.map.timeWindowDays = parseTimeWindowDays(value());
        else if (arg == "--samples") req.samples = parseInt(arg, value(), 0, 16);
        else if (arg == "--crf") req.crf = parseInt(arg, value(), 0, 63);
        else if (arg == "--no-captions") req.captions = false;
        else if (arg == "--tour") tourFile = value();
        else if (arg == "-o" || arg == "--output") req.output = value();
        else throw UsageError(arg, "unknown option for 'record' (see truce-atlas --help)");
    }
    if (req.output.empty()) throw UsageError("-o", "record needs an output: -o OUT.mp4, OUT.webm, OUT.gif or OUTDIR/");
    const auto format = videoFormatForPath(req.output);
    if (!format) throw UsageError("-o", "'" + req.output + "': the name must end in .mp4, .webm or .gif, or in / for PNG frames");
    req.format = *format;
    if (usesYuv(req.format) && (req.width % 2 || req.height % 2))
        throw UsageError("--size", std::string(videoFormatName(req.format)) + " needs an even width and height, got " +
                                       std::to_string(req.width) + "x" + std::to_string(req.height));

    if (!tourFile.empty()) {
        if (from || to || seconds || req.map.view)
            throw UsageError("--tour", "a tour sets its own dates, views and duration: drop --from, --to, --duration and --view");
        req.tour = loadTour(tourFile);  // ta::Error "file:line: problem"
        req.seconds = req.tour->durationSeconds();
        return req;
    }
    if (!from) throw UsageError("--from", "record needs a start date: --from YYYY-MM-DD (or --tour FILE)");
    if (!to) throw UsageError("--to", "record needs an end date: --to YYYY-MM-DD");
    if (*to < *from) throw UsageError("--to", "the end date " + formatIsoDay(*to) + " comes before the start " + formatIsoDay(*from));
    req.from = *from;
    req.to = *to;
    req.seconds = seconds.value_or(10.0);
    return req;
}

int runRecordCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const RecordRequest req = parseRecordArgs(args);
    InterruptHandlers handlers;
    ProgressLine progress(err);
    RecordProgress last;
    const RecordResult result = [&] {
        try {
            return record(req, s_interrupted, [&](const RecordProgress& p) { progress.update(last = p); }, err);
        } catch (...) {
            progress.end();
            throw;
        }
    }();
    progress.end();
    if (result == RecordResult::Cancelled) {
        err << "truce-atlas: recording cancelled; nothing was written to " << req.output << "\n";
        return 130;
    }
    out << "wrote " << req.output << " (" << videoFormatName(req.format) << ", " << req.width << "x" << req.height << ", "
        << last.frameCount << " frames at " << req.fps << " fps)\n";
    return 0;
}

}  // namespace ta
