#include "admin_levels.hpp"

#include <algorithm>
#include <cstddef>

namespace ta {

namespace {
constexpr double kDistrictMaxMpp = 1500, kSubdistrictMaxMpp = 600, kCommunityMaxMpp = 200;
int effective(int level) { return level < 0 ? 1 : level; }
}  // namespace

double levelMaxMetresPerPixel(int level) {
    switch (effective(level)) {
        case 0:
        case 1: return std::numeric_limits<double>::infinity();
        case 2: return kDistrictMaxMpp;
        case 3: return kSubdistrictMaxMpp;
        default: return kCommunityMaxMpp;
    }
}

int chooseAdminLayer(const std::vector<int>& levels, double metresPerPixel) {
    int finest = -1, coarsest = -1;
    for (std::size_t i = 0; i < levels.size(); ++i) {
        const int l = effective(levels[i]);
        // Ties go to the later layer: the user's later --boundaries wins over an earlier one of its level.
        if (coarsest < 0 || l < effective(levels[static_cast<std::size_t>(coarsest)])) coarsest = static_cast<int>(i);
        if (metresPerPixel <= levelMaxMetresPerPixel(l) && (finest < 0 || l >= effective(levels[static_cast<std::size_t>(finest)])))
            finest = static_cast<int>(i);
    }
    return finest >= 0 ? finest : coarsest;
}

std::vector<ScaleBand> adminLayerScaleBands(const std::vector<int>& levels) {
    constexpr double kInf = std::numeric_limits<double>::infinity();
    std::vector<double> breaks = {0, kInf};
    for (int l : levels) breaks.push_back(levelMaxMetresPerPixel(l));
    std::sort(breaks.begin(), breaks.end());
    breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());
    std::vector<ScaleBand> bands(levels.size());
    std::vector<bool> seen(levels.size(), false);
    // chooseAdminLayer is constant on each (breaks[j], breaks[j+1]]: ask it once per interval.
    for (std::size_t j = 0; j + 1 < breaks.size(); ++j) {
        const double probe = breaks[j + 1] == kInf ? std::numeric_limits<double>::max() : breaks[j + 1];
        const int pick = chooseAdminLayer(levels, probe);
        if (pick < 0) continue;
        ScaleBand& b = bands[static_cast<std::size_t>(pick)];
        if (!seen[static_cast<std::size_t>(pick)]) b.lo = breaks[j];
        b.hi = breaks[j + 1];
        seen[static_cast<std::size_t>(pick)] = true;
    }
    return bands;
}

}  // namespace ta
