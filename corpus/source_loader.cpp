#include "source_loader.hpp"

#include "error.hpp"
#include "source_entities.hpp"
#include "toml_reader.hpp"
#include "utf8.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <optional>

namespace ta::corpus {
namespace fs = std::filesystem;

namespace {

bool isHidden(const fs::path& p) {
    const std::string name = p.filename().string();
    return !name.empty() && name[0] == '.';
}

std::string hexByte(unsigned byte) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02X", byte & 0xFFu);
    return buf;
}

void readDocument(const toml::table& root, const std::string& name, CorpusData& data, ReadContext& ctx) {
    TableReader r(root, name, "", ctx);
    int caseN = 0;
    if (const toml::table* c = r.table("case", Need::Optional)) {
        data.cases.push_back(readCase(*c, name, ctx));
        caseN = data.cases.back().n;
    }
    for (const toml::table* t : r.tables("event")) data.events.push_back(readEvent(*t, name, caseN, ctx));
    for (const toml::table* t : r.tables("place")) data.places.push_back(readPlace(*t, name, ctx));
    for (const toml::table* t : r.tables("actor")) data.actors.push_back(readActor(*t, name, ctx));
    for (const toml::table* t : r.tables("governorate")) data.governorates.push_back(readGovernorate(*t, name, ctx));
    for (const toml::table* t : r.tables("zone")) data.zones.push_back(readZone(*t, name, ctx));
    for (const toml::table* t : r.tables("model")) data.models.push_back(readModel(*t, name, ctx));
    for (const toml::table* t : r.tables("priority")) data.priorities.push_back(readPriority(*t, name, ctx));
    Taxonomy& tax = data.taxonomy;
    for (const toml::table* t : r.tables("category")) tax.categories.push_back(readTerm(*t, name, "category", ctx));
    for (const toml::table* t : r.tables("event_kind")) tax.eventKinds.push_back(readTerm(*t, name, "event_kind", ctx));
    for (const toml::table* t : r.tables("status")) tax.statuses.push_back(readTerm(*t, name, "status", ctx));
    for (const toml::table* t : r.tables("number_kind")) tax.numberKinds.push_back(readTerm(*t, name, "number_kind", ctx));
    r.finish();
}

struct ControlCharacter {
    int line = 1, column = 1;
    unsigned byte = 0;
};

// TOML allows no control character but tab and the line ends (CR only before LF, which toml++
// reports itself). Said here with the column, before toml++ sees them: its 3.3.0 release asserts on
// a NUL inside a table header when built with assertions on (found by fuzzing:
// tests/fuzz/regressions/corpus_source/nul_in_table_header.toml).
std::optional<ControlCharacter> findControlCharacter(std::string_view bytes) {
    ControlCharacter at;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u == '\n') {
            ++at.line;
            at.column = 1;
            continue;
        }
        if ((u < 0x20 && u != '\t' && u != '\r') || u == 0x7F) {
            at.byte = u;
            return at;
        }
        ++at.column;
    }
    return std::nullopt;
}

}  // namespace

std::vector<fs::path> listSourceFiles(const fs::path& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) throw Error(dir.string(), "not a directory (expected the corpus sources, e.g. corpus/data)");
    std::vector<fs::path> files;
    fs::recursive_directory_iterator it(dir, fs::directory_options::none, ec);
    if (ec) throw Error(dir.string(), "cannot list: " + ec.message());
    for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
        if (ec) throw Error(dir.string(), "cannot list: " + ec.message());
        if (isHidden(it->path())) {
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        if (it->path().extension() == ".toml" && !it->is_directory(ec)) files.push_back(it->path().lexically_normal());
    }
    std::sort(files.begin(), files.end());
    return files;
}

void loadSourceText(std::string_view bytes, const std::string& name, CorpusData& data, ReadContext& ctx) {
    Diagnostics& diags = ctx.diags;
    // toml++ only says "invalid utf-8 sequence"; find the byte ourselves so the message can point at it.
    if (auto bad = findInvalidUtf8(bytes)) {
        diags.add(name, bad->line, "encoding",
                  "invalid UTF-8 byte " + hexByte(bad->byte) + " at column " + std::to_string(bad->column) +
                      " (corpus sources must be saved as UTF-8)");
        return;
    }
    if (auto bad = findControlCharacter(bytes)) {
        diags.add(name, bad->line, "encoding",
                  "control character " + hexByte(bad->byte) + " at column " + std::to_string(bad->column) + " (TOML allows only tab and line ends)");
        return;
    }
    toml::table root;
    try {
        root = toml::parse(bytes, std::string_view(name));
    } catch (const toml::parse_error& err) {
        diags.add(name, static_cast<int>(err.source().begin.line), "syntax", std::string(err.description()));
        return;
    }
    readDocument(root, name, data, ctx);
}

LoadedSources loadSources(const fs::path& dir) {
    LoadedSources out;
    ReadContext ctx{out.diagnostics, out.lines};
    for (const fs::path& path : listSourceFiles(dir)) {
        const std::string name = path.string();
        out.files.push_back(name);
        std::error_code ec;
        const std::uintmax_t size = fs::file_size(path, ec);
        if (ec) {
            out.diagnostics.add(name, 1, "file", "cannot read: " + ec.message());
            continue;
        }
        if (size > kMaxSourceBytes) {
            out.diagnostics.add(name, 1, "file",
                                "is " + std::to_string(size) + " bytes, over the " + std::to_string(kMaxSourceBytes >> 20) +
                                    " MiB limit for a corpus source; not read");
            continue;
        }
        std::ifstream in(path, std::ios::binary);
        std::string bytes(static_cast<size_t>(size), '\0');
        if (!in || !in.read(bytes.data(), static_cast<std::streamsize>(size))) {
            out.diagnostics.add(name, 1, "file", "cannot read");
            continue;
        }
        loadSourceText(bytes, name, out.data, ctx);
    }
    return out;
}

}  // namespace ta::corpus
