#pragma once
// Overlays for exports and presentations, drawn by the renderer (not ImGui) so that `render` and
// recordings carry them: title, date caption, legend, scale bar and attribution line. A pure
// function of (what to show, the camera, the style, a text measure) giving a SceneLayer in map
// coordinates for that camera; tiles of a large export then cut through them seamlessly. Arabic
// lays out the title from the right and the legend right to left.

#include "camera.hpp"
#include "date.hpp"
#include "label_placement.hpp"
#include "scene.hpp"
#include "style.hpp"

#include <functional>
#include <string>
#include <vector>

namespace ta {

namespace corpus {
class Corpus;
}

struct OverlaySet {
    bool title = false, date = false, legend = false, scale = false, attribution = false;
    static OverlaySet all() { return {true, true, true, true, true}; }
    bool any() const { return title || date || legend || scale || attribution; }
    friend bool operator==(const OverlaySet&, const OverlaySet&) = default;
};

/// "title,date,legend,scale,attribution" (any subset, any order), "all" or "none". Throws
/// ta::UsageError naming `flag` and the unknown name.
OverlaySet parseOverlaySet(const std::string& flag, const std::string& text);

struct LegendRow {
    enum class Kind : uint8_t { Status, DeescalationZone, DemilitarisedZone, Flow };
    Kind kind = Kind::Status;
    std::string text;
    Rgba color;
};

struct OverlayContent {
    std::string lang = "en";
    std::string title;
    std::string dateText;
    std::string legendTitle;
    std::vector<LegendRow> legend;   // empty: no legend
    std::string attribution;
};

/// The texts and legend rows for a date in a language. Status names come from the corpus's
/// taxonomy (English or Arabic); zones are marked schematic. Without a corpus there is no legend.
OverlayContent overlayContent(const corpus::Corpus* corpus, Day day, const std::string& lang, const std::string& attribution,
                              const Style& style);

/// Width in logical pixels of a line of text at a size (the renderer's text engine in practice).
using MeasureText = std::function<float(const std::string& utf8, float sizePx)>;

SceneLayer layoutOverlays(const OverlaySet& show, const OverlayContent& content, const Camera& camera, const Style& style,
                          const MeasureText& measure);

/// The screen boxes (logical pixels, origin top-left) the overlay layer takes: panels, texts and
/// the scale bar, so that map labels of a still image can keep clear of them.
std::vector<BoxPx> overlayKeepOut(const SceneLayer& overlay, const Camera& camera, const MeasureText& measure);

/// The scale bar's length: 1, 2 or 5 times a power of ten metres, the largest not above `maxMetres`.
double niceScaleLength(double maxMetres);
/// "50 km", "500 m" (Arabic: "50 كم", "500 م").
std::string formatDistance(double metres, const std::string& lang);
/// "26 August 2016" (Arabic, with the Levantine month names used in Syria: "26 آب 2016").
std::string formatCaptionDate(Day day, const std::string& lang);

}  // namespace ta
