#pragma once
// The boundary files and layers the user added in the window, most recent first, so the sources
// pane can offer them again. A small text file beside the settings
// ($XDG_CONFIG_HOME/truce-atlas/recent-sources.txt), one "boundaries<TAB>SPEC" or "layer<TAB>SPEC"
// per line, written atomically; lines it cannot read are skipped.

#include <filesystem>
#include <string>
#include <vector>

namespace ta {

struct RecentSource {
    enum class Kind { Boundaries, Layer };
    Kind kind = Kind::Boundaries;
    std::string spec;  // PATH[:LAYER][,options] as typed
    friend bool operator==(const RecentSource&, const RecentSource&) = default;
};

inline constexpr size_t kMaxRecentSources = 12;

std::vector<RecentSource> parseRecentSources(const std::string& text);
std::string formatRecentSources(const std::vector<RecentSource>& sources);

/// Puts `source` first, removing an older copy and anything beyond kMaxRecentSources.
void rememberSource(std::vector<RecentSource>& sources, const RecentSource& source);

/// $XDG_CONFIG_HOME/truce-atlas/recent-sources.txt, else ~/.config/...; empty when neither is set.
std::filesystem::path defaultRecentSourcesPath();
/// Empty when the file is missing or unreadable.
std::vector<RecentSource> loadRecentSources(const std::filesystem::path& path);
/// Creates the directory; throws ta::Error naming the file.
void saveRecentSources(const std::filesystem::path& path, const std::vector<RecentSource>& sources);

}  // namespace ta
