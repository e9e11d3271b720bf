#include "bidi.hpp"

#include <fribidi.h>

#include <algorithm>

namespace ta::text {

namespace {

struct Levels {
    std::vector<FriBidiLevel> level;
    FriBidiParType direction = FRIBIDI_PAR_ON;
};

Levels resolveLevels(const std::u32string& text) {
    Levels out;
    const auto n = static_cast<FriBidiStrIndex>(text.size());
    std::vector<FriBidiChar> chars(text.begin(), text.end());
    std::vector<FriBidiCharType> types(text.size());
    std::vector<FriBidiBracketType> brackets(text.size());
    out.level.resize(text.size());
    fribidi_get_bidi_types(chars.data(), n, types.data());
    fribidi_get_bracket_types(chars.data(), n, types.data(), brackets.data());
    out.direction = FRIBIDI_PAR_ON;  // resolved from the first strong character
    if (!fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), n, &out.direction, out.level.data()))
        std::fill(out.level.begin(), out.level.end(), FriBidiLevel{0});  // FriBiDi failed: keep logical order
    return out;
}

}  // namespace

std::vector<BidiRun> visualRuns(const std::u32string& text) {
    if (text.empty()) return {};
    const Levels levels = resolveLevels(text);
    // Runs of equal level, in logical order.
    struct LevelRun {
        BidiRun run;
        FriBidiLevel level;
    };
    std::vector<LevelRun> runs;
    for (size_t i = 0; i < text.size();) {
        size_t j = i;
        while (j < text.size() && levels.level[j] == levels.level[i]) ++j;
        runs.push_back({{i, j - i, (levels.level[i] & 1) != 0}, levels.level[i]});
        i = j;
    }
    // UAX #9 rule L2: from the highest level down to the lowest odd level, reverse every maximal
    // sequence of runs at that level or above.
    int highest = 0, lowestOdd = FRIBIDI_BIDI_MAX_EXPLICIT_LEVEL + 2;
    for (const LevelRun& r : runs) {
        highest = std::max(highest, static_cast<int>(r.level));
        if (r.level & 1) lowestOdd = std::min(lowestOdd, static_cast<int>(r.level));
    }
    for (int level = highest; level >= lowestOdd && level > 0; --level) {
        for (size_t i = 0; i < runs.size();) {
            if (runs[i].level < level) {
                ++i;
                continue;
            }
            size_t j = i;
            while (j < runs.size() && runs[j].level >= level) ++j;
            std::reverse(runs.begin() + static_cast<std::ptrdiff_t>(i), runs.begin() + static_cast<std::ptrdiff_t>(j));
            i = j;
        }
    }
    std::vector<BidiRun> out;
    out.reserve(runs.size());
    for (const LevelRun& r : runs) out.push_back(r.run);
    return out;
}

bool isRtlParagraph(const std::u32string& text) {
    if (text.empty()) return false;
    return resolveLevels(text).direction == FRIBIDI_PAR_RTL;
}

}  // namespace ta::text
