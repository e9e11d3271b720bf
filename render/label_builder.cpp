#include "label_builder.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace ta {

namespace {

// Priority tiers: a higher tier always wins over a lower one.
constexpr float kGovernorateTier = 100000;
constexpr float kActiveTier = 20000;  // an event in the last kActiveDays: the story is here now
constexpr float kCaseTier = 10000;
constexpr double kActiveDays = 45;
constexpr float kSubAreaTier = 0;

float kindWeight(const std::string& kind) {
    if (kind == "city") return 300;
    if (kind == "town") return 200;
    if (kind == "neighbourhood" || kind == "camp") return 120;
    return 100;
}

ScaleRange intersect(ScaleRange a, ScaleRange b) { return {std::max(a.lo, b.lo), std::min(a.hi, b.hi)}; }

// An area's name is shown only at scales where it fits inside the area's width: Damascus
// governorate, a city, must not cover the names of the towns around it on a map of the country.
// The text width is estimated (no shaping here: the scene builder is pure and font-free).
constexpr float kAverageAdvanceEm = 0.56f;
double fitsBelowMetresPerPixel(const MapArea& area, const std::string& text, float sizePx) {
    if (!area.feature || area.feature->bounds.empty()) return ScaleRange{}.hi;
    size_t chars = 0;
    for (unsigned char c : text) chars += (c & 0xC0) != 0x80;  // UTF-8 lead bytes
    const double widthPx = static_cast<double>(chars) * kAverageAdvanceEm * sizePx;
    return widthPx > 0 ? area.feature->bounds.width() / widthPx : ScaleRange{}.hi;
}

}  // namespace

const std::string& labelText(const std::string& en, const std::string& ar, const std::string& lang) {
    return lang == "ar" && !ar.empty() ? ar : en;
}

void appendPlaceLabels(const SceneInputs& inputs, const Style& style, Scene& scene) {
    const CorpusView& view = inputs.corpus;
    if (!view.corpus) return;
    const corpus::Corpus& corpus = *view.corpus;
    std::set<std::string, std::less<>> caseNamesakes;
    for (const corpus::Case& c : corpus.cases())
        if (!c.places.empty()) caseNamesakes.insert(c.places.front());
    const bool arabic = inputs.lang == "ar";
    for (const Marker& m : scene.markers) {
        if (m.place < 0 || static_cast<size_t>(m.place) >= corpus.places().size()) continue;
        const corpus::Place& place = corpus.places()[static_cast<size_t>(m.place)];
        const bool namesake = caseNamesakes.count(place.id) > 0;
        Label l;
        l.anchor = m.position;
        l.text = labelText(place.nameEn, place.nameAr, inputs.lang);
        l.sizePx = (namesake ? style.mainPlaceLabelPx : style.placeLabelPx) * (arabic ? style.arabicLabelScale : 1.f);
        l.color = style.placeLabel;
        l.halo = style.labelHalo;
        l.haloPx = style.labelHaloPx;
        // The symbol's size at rest (it grows with the people moved), not the pulsing or hovered
        // one: the label must not move while a status changes or under the mouse.
        const size_t pi = static_cast<size_t>(m.place);
        const double moved = view.state && pi < view.state->places.size() ? static_cast<double>(view.state->places[pi].magnitude) : 0;
        const float symbolPx = style.placeRadiusFor(moved) + style.placeStrokePx;
        l.offsetPx = symbolPx + style.labelGapPx;
        l.symbolPx = symbolPx;
        bool active = false;
        if (view.state && static_cast<size_t>(m.place) < view.state->places.size()) {
            const int32_t latest = view.state->places[static_cast<size_t>(m.place)].latestEvent;
            active = latest >= 0 && view.day - corpus.events()[static_cast<size_t>(latest)].day().n <= kActiveDays;
        }
        l.priority = (active ? kActiveTier : 0) + (namesake ? kCaseTier : 0) + kindWeight(place.kind) +
                     10.f * static_cast<float>(std::min<size_t>(corpus.eventsOfPlace(static_cast<size_t>(m.place)).size(), 20));
        l.preferLeft = arabic;
        scene.labels.push_back(std::move(l));
    }
}

Vec2 areaLabelPoint(const MapArea& area) {
    if (!area.mesh || area.mesh->indices.size() < 3) return area.feature ? area.feature->bounds.center() : Vec2{};
    const TriangleMesh& mesh = *area.mesh;
    double total = 0, cx = 0, cy = 0, largest = -1;
    Vec2 largestCentre;
    for (size_t i = 0; i + 2 < mesh.indices.size(); i += 3) {
        const Vec2 a = mesh.vertices[mesh.indices[i]], b = mesh.vertices[mesh.indices[i + 1]], c = mesh.vertices[mesh.indices[i + 2]];
        const double w = std::abs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)) / 2;
        const Vec2 centre{(a.x + b.x + c.x) / 3, (a.y + b.y + c.y) / 3};
        total += w;
        cx += centre.x * w;
        cy += centre.y * w;
        if (w > largest) {
            largest = w;
            largestCentre = centre;
        }
    }
    if (!(total > 0)) return largestCentre;
    const Vec2 centroid{cx / total, cy / total};
    if (area.feature && !contains(*area.feature, centroid)) return largestCentre;
    return centroid;
}

void appendAreaLabels(const MapData& data, const SceneInputs& inputs, const Style& style, Scene& scene) {
    for (const MapAdminLayer& layer : data.adminLayers) {
        const bool governorates = layer.level <= 1;
        const ScaleRange scales =
            governorates ? intersect(layer.scales, ScaleRange{style.governorateLabelMinMetresPerPixel, ScaleRange{}.hi}) : layer.scales;
        for (size_t i = layer.begin; i < layer.end; ++i) {
            const MapArea& area = data.boundaries[i];
            const std::string& text = labelText(area.nameEn, area.nameAr, inputs.lang);
            if (text.empty()) continue;
            Label l;
            l.anchor = areaLabelPoint(area);
            l.text = text;
            l.sizePx = style.areaLabelPx * (inputs.lang == "ar" ? style.arabicLabelScale : 1.f);
            l.color = style.areaLabel;
            l.halo = style.labelHalo;
            l.haloPx = style.labelHaloPx;
            l.priority = governorates ? kGovernorateTier : kSubAreaTier;
            l.scales = intersect(scales, ScaleRange{0, fitsBelowMetresPerPixel(area, text, l.sizePx)});
            scene.labels.push_back(std::move(l));
        }
    }
}

}  // namespace ta
