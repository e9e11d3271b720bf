#include "event_colors.hpp"

namespace ta {

Rgba eventKindColor(std::string_view kind) {
    if (kind == "truce") return rgbaFromHex("#e69f00");             // as the truce status
    if (kind == "agreement") return rgbaFromHex("#f0c24b");         // a lighter truce orange
    if (kind == "deescalation") return rgbaFromHex("#56b4e9");      // as the de-escalation status
    if (kind == "final_settlement") return rgbaFromHex("#cc79a7");  // as the settled status
    if (kind == "evacuation") return rgbaFromHex("#3d9be0");        // as evacuated, lightened for dark panes
    if (kind == "offer") return rgbaFromHex("#9dd9b0");
    if (kind == "meeting") return rgbaFromHex("#b8b8b8");
    if (kind == "committee") return rgbaFromHex("#009e73");
    if (kind == "breach") return rgbaFromHex("#d55e00");             // as collapsed
    if (kind == "military") return rgbaFromHex("#ff4b4b");
    return rgbaFromHex("#8c8c8c");
}

}  // namespace ta
