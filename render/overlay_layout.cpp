#include "overlay_layout.hpp"

#include "error.hpp"
#include "model.hpp"
#include "timeline.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace ta {

namespace {

// Sizes in "overlay units": logical pixels of an 1100-pixel-wide view, scaled with the view so a
// small golden image and a 4K frame have the same composition.
constexpr double kReferencePx = 1100;
constexpr float kMarginU = 14;
constexpr float kTitleU = 19, kDateU = 16, kLegendU = 11.5f, kLegendTitleU = 12, kAttributionU = 9.5f, kScaleTextU = 10.5f;
constexpr float kPanelPadU = 8, kRowGapU = 5, kSwatchU = 16;
constexpr double kScaleBarMaxFraction = 0.18;  // of the view's width

SharedMesh rectMesh(const Camera& camera, float x0, float y0, float x1, float y1) {
    auto mesh = std::make_shared<TriangleMesh>();
    mesh->vertices = {camera.screenToWorld({x0, y0}), camera.screenToWorld({x1, y0}), camera.screenToWorld({x1, y1}),
                      camera.screenToWorld({x0, y1})};
    mesh->indices = {0, 1, 2, 0, 2, 3};
    return mesh;
}

// Builds items from screen pixels (y down). Within a panel, `x()` mirrors positions for
// right-to-left text: the panel's content runs from its right edge.
class OverlayBuilder {
public:
    OverlayBuilder(const Camera& camera, SceneLayer& out) : m_camera(camera), m_out(out) {}

    /// Content coordinates of a panel spanning [left, right]: `offset` from its start edge.
    void beginPanel(float left, float right, bool rtl) {
        m_left = left;
        m_right = right;
        m_rtl = rtl;
    }
    float x(float offset) const { return m_rtl ? m_right - offset : m_left + offset; }
    TextAlign start() const { return m_rtl ? TextAlign::Right : TextAlign::Left; }

    // Shapes take screen x; text, dots and swatches below take screen x too (use x() in panels).
    void rect(float a, float y0, float b, float y1, Rgba color) {
        m_out.fills.push_back({rectMesh(m_camera, std::min(a, b), y0, std::max(a, b), y1), color});
    }
    void hatch(float a, float y0, float b, float y1, Rgba color, float angleDeg, float spacingPx) {
        HatchFill h;
        h.mesh = rectMesh(m_camera, std::min(a, b), y0, std::max(a, b), y1);
        h.color = color;
        h.angleDeg = angleDeg;
        h.spacingPx = spacingPx;
        m_out.zones.push_back(h);
    }
    void text(float lx, float y, const std::string& s, float sizePx, Rgba color, Rgba halo, float haloPx, TextAlign align) {
        Label l;
        l.anchor = m_camera.screenToWorld({lx, y});
        l.text = s;
        l.sizePx = sizePx;
        l.color = color;
        l.halo = halo;
        l.haloPx = haloPx;
        l.collides = false;
        l.align = align;
        m_out.labels.push_back(std::move(l));
    }
    void dot(float lx, float y, float radiusPx, Rgba fill, Rgba stroke, float strokePx) {
        Marker m;
        m.position = m_camera.screenToWorld({lx, y});
        m.radiusPx = radiusPx;
        m.fill = fill;
        m.stroke = stroke;
        m.strokePx = strokePx;
        m_out.markers.push_back(m);
    }
    void flow(float x0, float x1, float y, float widthPx, Rgba color) {
        FlowItem f;
        f.arc = std::make_shared<const FlowArc>(flowArc(m_camera.screenToWorld({x0, y}), m_camera.screenToWorld({x1, y}), 0, 1));
        f.widthPx = widthPx;
        f.color = color;
        m_out.flows.push_back(f);
    }

private:
    const Camera& m_camera;
    SceneLayer& m_out;
    float m_left = 0, m_right = 0;
    bool m_rtl = false;
};

const char* const kMonthsEn[] = {"January", "February", "March",     "April",   "May",      "June",
                                 "July",    "August",   "September", "October", "November", "December"};
const char* const kMonthsAr[] = {"كانون الثاني", "شباط", "آذار",    "نيسان",        "أيار",         "حزيران",
                                 "تموز",         "آب",   "أيلول",   "تشرين الأول", "تشرين الثاني", "كانون الأول"};

std::string trimmedNumber(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
}

}  // namespace

OverlaySet parseOverlaySet(const std::string& flag, const std::string& text) {
    if (text == "all") return OverlaySet::all();
    OverlaySet set;
    if (text == "none") return set;
    size_t start = 0;
    while (start <= text.size()) {
        const size_t comma = std::min(text.find(',', start), text.size());
        const std::string name = text.substr(start, comma - start);
        if (name == "title") set.title = true;
        else if (name == "date") set.date = true;
        else if (name == "legend") set.legend = true;
        else if (name == "scale") set.scale = true;
        else if (name == "attribution") set.attribution = true;
        else
            throw UsageError(flag, "unknown overlay '" + name + "' (expected title, date, legend, scale, attribution, all or none)");
        start = comma + 1;
    }
    return set;
}

double niceScaleLength(double maxMetres) {
    if (!(maxMetres > 0)) return 0;
    const double power = std::pow(10.0, std::floor(std::log10(maxMetres)));
    for (double step : {5.0, 2.0, 1.0})
        if (step * power <= maxMetres * (1 + 1e-12)) return step * power;
    return power;
}

std::string formatDistance(double metres, const std::string& lang) {
    const bool km = metres >= 1000;
    const std::string number = trimmedNumber(km ? metres / 1000 : metres);
    if (lang == "ar") return number + (km ? " كم" : " م");
    return number + (km ? " km" : " m");
}

std::string formatCaptionDate(Day day, const std::string& lang) {
    const CivilDate c = civilFromDay(day);
    // (A conditional between the two arrays themselves, indexed directly, miscompiles with GCC 12 -O2.)
    const char* const* months = lang == "ar" ? kMonthsAr : kMonthsEn;
    const char* month = months[std::clamp(c.month, 1, 12) - 1];
    return std::to_string(c.day) + " " + month + " " + std::to_string(c.year);
}

OverlayContent overlayContent(const corpus::Corpus* corpus, Day day, const std::string& lang, const std::string& attribution,
                              const Style& style) {
    const bool ar = lang == "ar";
    OverlayContent c;
    c.lang = lang;
    c.title = ar ? "أطلس الهدن: اتفاقات المصالحة في سوريا 2012–2018" : "Truce Atlas: Syria's reconciliation agreements, 2012–2018";
    c.dateText = formatCaptionDate(day, lang);
    c.attribution = attribution;
    if (!corpus) return c;
    c.attribution += std::string(c.attribution.empty() ? "" : " · ") + "GeoNames (CC BY 4.0)";
    c.legendTitle = ar ? "وضع المناطق في هذا التاريخ" : "Status at this date";
    for (corpus::Status s : {corpus::Status::None, corpus::Status::Truce, corpus::Status::Deescalation, corpus::Status::Settled,
                             corpus::Status::Evacuated, corpus::Status::Collapsed}) {
        const std::string_view id = corpus::statusId(s);
        std::string text(id);
        for (const corpus::Term& t : corpus->taxonomy().statuses)
            if (t.id == id) text = ar && !t.ar.empty() ? t.ar : t.en;
        c.legend.push_back({LegendRow::Kind::Status, text, style.statusColor(id)});
    }
    c.legend.push_back({LegendRow::Kind::DeescalationZone, ar ? "منطقة خفض التصعيد (تخطيطية)" : "De-escalation zone (schematic)",
                        style.deescalationZone});
    c.legend.push_back({LegendRow::Kind::DemilitarisedZone, ar ? "المنطقة منزوعة السلاح (تخطيطية)" : "Demilitarised zone (schematic)",
                        style.demilitarisedZone});
    c.legend.push_back({LegendRow::Kind::Flow, ar ? "تهجير (العرض بعدد المهجّرين)" : "Evacuation (width: people moved)", style.flow});
    return c;
}

SceneLayer layoutOverlays(const OverlaySet& show, const OverlayContent& content, const Camera& camera, const Style& style,
                          const MeasureText& measure) {
    // Where things go: the title where reading starts (top left, top right in Arabic); the legend
    // bottom right, over the desert and Iraq, in both languages, so it never hides the Damascus
    // countryside and the south west where most of the story happens; scale bar and attribution
    // bottom left.
    SceneLayer out;
    const float w = static_cast<float>(camera.widthPx), h = static_cast<float>(camera.heightPx);
    const float u = static_cast<float>(std::clamp(std::min<double>(w, h * 1.6) / kReferencePx, 0.45, 3.0));
    const bool rtl = content.lang == "ar";
    OverlayBuilder b(camera, out);
    const float margin = kMarginU * u, pad = kPanelPadU * u;
    const Rgba ink = rgbaFromHex("#1f1c18"), muted = rgbaFromHex("#5d5548"), panel = style.overlayPanel;
    const Rgba halo = style.labelHalo;

    if ((show.title && !content.title.empty()) || (show.date && !content.dateText.empty())) {
        const float titlePx = kTitleU * u, datePx = kDateU * u * 1.15f;
        float width = 0, height = 0;
        if (show.title) width = std::max(width, measure(content.title, titlePx)), height += titlePx * 1.35f;
        if (show.date) width = std::max(width, measure(content.dateText, datePx)), height += datePx * 1.35f;
        const float left = rtl ? w - margin - width - 2 * pad : margin;
        b.rect(left, margin, left + width + 2 * pad, margin + height + 2 * pad, panel);
        b.beginPanel(left, left + width + 2 * pad, rtl);
        float y = margin + pad;
        if (show.title) {
            b.text(b.x(pad), y + titlePx * 0.65f, content.title, titlePx, ink, halo, 0, b.start());
            y += titlePx * 1.35f;
        }
        if (show.date) b.text(b.x(pad), y + datePx * 0.65f, content.dateText, datePx, style.dateCaption, halo, 0, b.start());
    }

    if (show.legend && !content.legend.empty()) {
        const float textPx = kLegendU * u, titlePx = kLegendTitleU * u, swatch = kSwatchU * u;
        const float row = std::max(textPx * 1.45f, swatch * 0.8f);
        float width = measure(content.legendTitle, titlePx);
        for (const LegendRow& r : content.legend) width = std::max(width, swatch + pad + measure(r.text, textPx));
        const float height = titlePx * 1.5f + row * static_cast<float>(content.legend.size());
        const float right = w - margin, left = right - width - 2 * pad, top = h - margin - height - 2 * pad;
        b.rect(left, top, right, h - margin, panel);
        b.beginPanel(left, right, rtl);
        b.text(b.x(pad), top + pad + titlePx * 0.6f, content.legendTitle, titlePx, ink, halo, 0, b.start());
        float y = top + pad + titlePx * 1.5f + row * 0.5f;
        for (const LegendRow& r : content.legend) {
            const float s0 = b.x(pad), s1 = b.x(pad + swatch), cx = (s0 + s1) / 2;
            switch (r.kind) {
                case LegendRow::Kind::Status:
                    b.dot(cx, y, style.placeRadiusPx * std::max(u, 0.8f), r.color, style.placeStroke, style.placeStrokePx);
                    break;
                case LegendRow::Kind::DeescalationZone:
                case LegendRow::Kind::DemilitarisedZone: {
                    const bool dmz = r.kind == LegendRow::Kind::DemilitarisedZone;
                    b.hatch(s0, y - swatch * 0.35f, s1, y + swatch * 0.35f, r.color, dmz ? -45.f : 45.f,
                            style.zoneHatchSpacingPx * (dmz ? 0.75f : 1.f) * std::max(u, 0.6f));
                    break;
                }
                case LegendRow::Kind::Flow: b.flow(std::min(s0, s1), std::max(s0, s1), y, 3.f * std::max(u, 0.6f), r.color); break;
            }
            b.text(b.x(pad + swatch + pad), y, r.text, textPx, muted, halo, 0, b.start());
            y += row;
        }
    }

    float bottom = h - margin * 0.6f;
    if (show.attribution && !content.attribution.empty()) {
        const float px = kAttributionU * u;
        b.text(margin, bottom - px * 0.5f, content.attribution, px, muted, halo, 1.5f, TextAlign::Left);
        bottom -= px * 1.8f;
    }
    if (show.scale && camera.metresPerPixel > 0) {
        // Projected metres: the Lambert projection's scale error stays under 0.3% over Syria.
        const double metres = niceScaleLength(w * kScaleBarMaxFraction * camera.metresPerPixel);
        const float lengthPx = static_cast<float>(metres / camera.metresPerPixel), barPx = std::max(3.f, 4 * u);
        const float x0 = margin, x1 = x0 + lengthPx, y1 = bottom - 2 * u, y0 = y1 - barPx;
        b.rect(x0 - 1.5f, y0 - 1.5f, x1 + 1.5f, y1 + 1.5f, style.placeStroke);
        b.rect(x0, y0, x0 + lengthPx / 2, y1, ink);
        b.rect(x0 + lengthPx / 2, y0, x1, y1, muted.withAlpha(0.45f));
        const float textPx = kScaleTextU * u;
        b.text(x0, y0 - textPx * 0.8f, formatDistance(metres, content.lang), textPx, ink, halo, 1.5f, TextAlign::Left);
    }
    return out;
}

}  // namespace ta

namespace ta {

std::vector<BoxPx> overlayKeepOut(const SceneLayer& overlay, const Camera& camera, const MeasureText& measure) {
    std::vector<BoxPx> boxes;
    auto screenBounds = [&](const std::vector<Vec2>& world, float padPx) {
        if (world.empty()) return;
        BoxPx b{1e30f, 1e30f, -1e30f, -1e30f};
        for (const Vec2& p : world) {
            const Vec2 s = camera.worldToScreen(p);
            b = {std::min(b.x0, static_cast<float>(s.x)), std::min(b.y0, static_cast<float>(s.y)), std::max(b.x1, static_cast<float>(s.x)),
                 std::max(b.y1, static_cast<float>(s.y))};
        }
        boxes.push_back({b.x0 - padPx, b.y0 - padPx, b.x1 + padPx, b.y1 + padPx});
    };
    for (const FillItem& f : overlay.fills)
        if (f.mesh) screenBounds(f.mesh->vertices, 0);
    for (const LineItem& l : overlay.lines)
        if (l.rings)
            for (const Ring& r : *l.rings) screenBounds(r, l.widthPx);
    // Texts outside panels (attribution, the scale's distance): anchored at the middle of their
    // line, so half a size above and below covers the letters.
    for (const Label& l : overlay.labels) {
        const Vec2 at = camera.worldToScreen(l.anchor);
        const float w = measure(l.text, l.sizePx) + 2 * l.haloPx, half = 0.6f * l.sizePx + l.haloPx;
        const float x = static_cast<float>(at.x), y = static_cast<float>(at.y);
        const float x0 = l.align == TextAlign::Left ? x : l.align == TextAlign::Right ? x - w : x - w / 2;
        boxes.push_back({x0, y - half, x0 + w, y + half});
    }
    return boxes;
}

}  // namespace ta
