#include "recent_sources.hpp"

#include "atomic_file.hpp"
#include "error.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace ta {
namespace fs = std::filesystem;

std::vector<RecentSource> parseRecentSources(const std::string& text) {
    std::vector<RecentSource> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const size_t tab = line.find('\t');
        if (tab == std::string::npos || tab + 1 >= line.size()) continue;
        const std::string kind = line.substr(0, tab);
        RecentSource s;
        if (kind == "boundaries") s.kind = RecentSource::Kind::Boundaries;
        else if (kind == "layer") s.kind = RecentSource::Kind::Layer;
        else continue;
        s.spec = line.substr(tab + 1);
        if (std::find(out.begin(), out.end(), s) == out.end() && out.size() < kMaxRecentSources) out.push_back(std::move(s));
    }
    return out;
}

std::string formatRecentSources(const std::vector<RecentSource>& sources) {
    std::string out;
    for (const RecentSource& s : sources) {
        if (s.spec.find('\n') != std::string::npos) continue;  // cannot be one line
        out += s.kind == RecentSource::Kind::Layer ? "layer\t" : "boundaries\t";
        out += s.spec;
        out += '\n';
    }
    return out;
}

void rememberSource(std::vector<RecentSource>& sources, const RecentSource& source) {
    sources.erase(std::remove(sources.begin(), sources.end(), source), sources.end());
    sources.insert(sources.begin(), source);
    if (sources.size() > kMaxRecentSources) sources.resize(kMaxRecentSources);
}

fs::path defaultRecentSourcesPath() {
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg) return fs::path(xdg) / "truce-atlas" / "recent-sources.txt";
    if (const char* home = std::getenv("HOME"); home && *home) return fs::path(home) / ".config" / "truce-atlas" / "recent-sources.txt";
    return {};
}

std::vector<RecentSource> loadRecentSources(const fs::path& path) {
    if (path.empty()) return {};
    std::ifstream in(path, std::ios::binary);
    if (!in) return {};
    std::ostringstream text;
    text << in.rdbuf();
    return parseRecentSources(text.str());
}

void saveRecentSources(const fs::path& path, const std::vector<RecentSource>& sources) {
    if (path.empty()) return;
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    if (ec) throw Error(path.parent_path().string(), "cannot create the directory: " + ec.message());
    writeFileAtomically(path, formatRecentSources(sources));
}

}  // namespace ta
