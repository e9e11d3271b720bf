#include "corpus_command.hpp"

#include "atomic_file.hpp"
#include "error.hpp"
#include "exporter.hpp"
#include "load_corpus.hpp"
#include "store.hpp"

#include <algorithm>
#include <chrono>
#include <optional>
#include <string_view>

namespace ta {

namespace {

constexpr std::string_view kUsage = R"(usage: truce-atlas corpus <command> [options]

  validate [DIR]                    check the sources; print every problem as file:line: field: message
  build [-o DB] [DIR]               compile the sources into a database (written atomically)
  export --format json|geojson|csv [-o FILE] [--db DB | DIR]
                                    write the corpus in an open format (stdout without -o)
  search [--db DB] TEXT...          full-text search in English or Arabic, one hit per line

DIR defaults to )" TA_CORPUS_SOURCE_DIR R"(
DB defaults to )" TA_DEFAULT_CORPUS_DB R"(
Exit status: 0 success, 1 problems in the corpus or a runtime error, 2 a usage error.
)";

/// Walks the arguments of one subcommand: options with values, then positionals.
class ArgCursor {
public:
    ArgCursor(const std::vector<std::string>& args, size_t start) : m_args(args), m_pos(start) {}
    bool done() const { return m_pos >= m_args.size(); }
    const std::string& next() { return m_args[m_pos++]; }
    std::string value(const std::string& option) {
        if (done() || (m_args[m_pos].size() > 1 && m_args[m_pos][0] == '-'))
            throw UsageError(option, "needs a value");
        return next();
    }

private:
    const std::vector<std::string>& m_args;
    size_t m_pos;
};

bool looksLikeOption(const std::string& arg) { return arg.size() > 1 && arg[0] == '-'; }

struct Options {
    std::optional<std::string> output;  // -o
    std::optional<std::string> db;      // --db
    std::optional<std::string> format;  // --format
    std::vector<std::string> positionals;
};

/// Parses `allowed` options ("-o", "--db", "--format"); anything else starting with '-' is an error.
Options parseOptions(const std::vector<std::string>& args, std::initializer_list<std::string_view> allowed) {
    Options o;
    ArgCursor cur(args, 1);
    const auto isAllowed = [&](std::string_view a) { return std::find(allowed.begin(), allowed.end(), a) != allowed.end(); };
    while (!cur.done()) {
        const std::string& arg = cur.next();
        if (arg == "--") {
            while (!cur.done()) o.positionals.push_back(cur.next());
            break;
        }
        if (!looksLikeOption(arg)) {
            o.positionals.push_back(arg);
            continue;
        }
        if (!isAllowed(arg)) throw UsageError(arg, "unknown option for 'corpus " + args[0] + "'");
        if (arg == "-o") o.output = cur.value(arg);
        else if (arg == "--db") o.db = cur.value(arg);
        else if (arg == "--format") o.format = cur.value(arg);
    }
    return o;
}

std::string sourceDir(const Options& o) {
    if (o.positionals.size() > 1) throw UsageError(o.positionals[1], "unexpected argument (only one DIR)");
    return o.positionals.empty() ? std::string(TA_CORPUS_SOURCE_DIR) : o.positionals[0];
}

std::string summary(const corpus::Corpus& c) {
    return std::to_string(c.cases().size()) + " cases, " + std::to_string(c.events().size()) + " events, " +
           std::to_string(c.clauseCount()) + " clauses, " + std::to_string(c.places().size()) + " places, " +
           std::to_string(c.zones().size()) + " zones";
}

/// Loads and validates; on problems prints them to `sink` and returns nullopt.
std::optional<corpus::Corpus> loadValid(const std::string& dir, std::ostream& sink, std::ostream& err) {
    corpus::LoadResult result = corpus::loadCorpus(dir);
    if (result.corpus) return std::move(result.corpus);
    sink << result.diagnostics.formatAll();
    err << "truce-atlas corpus: " << result.diagnostics.size() << " problem" << (result.diagnostics.size() == 1 ? "" : "s")
        << " in " << dir << "\n";
    return std::nullopt;
}

int validate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const Options o = parseOptions(args, {});
    const std::string dir = sourceDir(o);
    const auto start = std::chrono::steady_clock::now();
    auto corpus = loadValid(dir, out, err);
    if (!corpus) return 1;
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    out << dir << ": valid: " << summary(*corpus) << " (" << static_cast<int>(ms + 0.5) << " ms)\n";
    return 0;
}

int build(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const Options o = parseOptions(args, {"-o"});
    const std::string dir = sourceDir(o);
    const std::string db = o.output.value_or(TA_DEFAULT_CORPUS_DB);
    checkWritableDestination(db);  // fail before the work, not after
    auto corpus = loadValid(dir, err, err);
    if (!corpus) return 1;
    corpus::buildDatabase(*corpus, db);
    out << db << ": " << summary(*corpus) << "\n";
    return 0;
}

int exportCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const Options o = parseOptions(args, {"-o", "--db", "--format"});
    if (!o.format) throw UsageError("--format", "missing (json, geojson or csv)");
    const auto format = corpus::parseExportFormat(*o.format);
    if (!format) throw UsageError("--format", "'" + *o.format + "' is not one of json, geojson, csv");
    if (o.db && !o.positionals.empty()) throw UsageError(o.positionals[0], "give either --db DB or a source DIR, not both");
    if (o.output) checkWritableDestination(*o.output);
    std::optional<corpus::Corpus> corpus;
    if (o.db) corpus = corpus::loadDatabase(*o.db);
    else corpus = loadValid(sourceDir(o), err, err);
    if (!corpus) return 1;
    const std::string text = corpus::exportCorpus(*corpus, *format);
    if (o.output) writeFileAtomically(*o.output, text);
    else out << text;
    return 0;
}

int search(const std::vector<std::string>& args, std::ostream& out, std::ostream&) {
    const Options o = parseOptions(args, {"--db"});
    if (o.positionals.empty()) throw UsageError("search", "missing the text to search for");
    std::string text;
    for (const std::string& p : o.positionals) {
        if (!text.empty()) text += ' ';
        text += p;
    }
    corpus::CorpusDatabase db(o.db.value_or(TA_DEFAULT_CORPUS_DB));
    for (const corpus::SearchHit& hit : db.search(text))
    {
        out << hit.kind << '\t' << hit.id;
        if (hit.clause) out << '#' << hit.clause;
        out << '\t' << hit.field << '\t' << hit.snippet << '\n';
    }
    return 0;
}

}  // namespace

int runCorpusCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    try {
        if (args.empty()) throw UsageError("corpus", "missing command (validate, build, export or search)");
        const std::string& command = args[0];
        if (command == "--help" || command == "-h" || command == "help") {
            out << kUsage;
            return 0;
        }
        if (command == "validate") return validate(args, out, err);
        if (command == "build") return build(args, out, err);
        if (command == "export") return exportCommand(args, out, err);
        if (command == "search") return search(args, out, err);
        throw UsageError(command, "unknown corpus command (validate, build, export or search)");
    } catch (const UsageError& e) {
        err << "truce-atlas corpus: " << e.what() << "\n" << "run 'truce-atlas corpus --help' for usage\n";
        return 2;
    } catch (const std::exception& e) {
        err << "truce-atlas corpus: " << e.what() << "\n";
        return 1;
    }
}

}  // namespace ta
