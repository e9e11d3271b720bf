#include "headless_map.hpp"

#include "corpus_source.hpp"
#include "map_source.hpp"
#include "render_target.hpp"
#include "scene_builder.hpp"

#include <algorithm>
#include <cmath>

namespace ta {

namespace {

// A highlighted place: a thick dark outline, which reads as "look here" on every status colour.
constexpr float kOutlinePx = 2.5f;
constexpr float kRingRadiusPx = 8.f;
constexpr float kRingStrokePx = 3.f;

}  // namespace

HeadlessMap::HeadlessMap(const MapOptions& options, std::ostream& warnings)
    : m_map(loadMap(options, m_projection)), m_lang(options.lang), m_labels(options.labels) {
    for (const std::string& w : m_map.base.warnings) warnings << "warning: " << w << "\n";
    std::vector<std::string> messages;
    m_corpus = loadProgramCorpus(options.corpusDb, messages);
    for (const std::string& m : messages) warnings << "warning: " << m << "\n";
    if (m_corpus) m_corpusGeometry = projectCorpus(*m_corpus, m_projection);
}

void HeadlessMap::setFrame(double day, const FrameHighlights& highlights) {
    m_frameDay = day;
    SceneInputs inputs;
    inputs.lang = m_lang;
    inputs.labels = m_labels;
    inputs.corpus.day = day;  // event layers follow the day with or without a corpus
    if (m_corpus) {
        const int32_t whole = static_cast<int32_t>(std::floor(day));
        if (whole != m_stateDay) {
            corpus::stateAt(*m_corpus, Day{whole}, m_timeline);
            m_stateDay = whole;
        }
        inputs.corpus = {&*m_corpus, &m_timeline, &m_corpusGeometry, day};
        inputs.selectedPlace = highlights.selectedPlace;
    }
    Scene scene = buildScene(m_map, inputs, m_style);
    if (m_corpus) appendPlaceRings(scene, m_corpusGeometry, highlights.ringedPlaces, m_style);
    m_renderer.upload(scene);
}

Camera HeadlessMap::cameraFor(const std::optional<ViewBox>& view, double widthPx, double heightPx) const {
    MapOptions options;
    options.view = view;
    return initialCamera(options, m_map, m_projection, widthPx, heightPx);
}

void HeadlessMap::prepareOverlay(const Camera& camera) {
    const OverlayKey key{m_overlays.any() ? std::floor(m_frameDay) : 0, camera.center.x, camera.center.y, camera.metresPerPixel,
                         camera.widthPx, camera.heightPx};
    if (m_overlayKey == key) return;
    m_overlayKey = key;
    m_overlayKeepOut.clear();
    if (!m_overlays.any()) {
        m_renderer.uploadOverlay({});
        return;
    }
    const OverlayContent content = overlayContent(corpus(), Day{static_cast<int32_t>(std::floor(m_frameDay))}, m_lang,
                                                  attributionLine(m_map.base), m_style);
    text::TextEngine& text = m_renderer.textEngine();
    const MeasureText measure = [&](const std::string& s, float px) { return text.widthPx(s, px); };
    const SceneLayer overlay = layoutOverlays(m_overlays, content, camera, m_style, measure);
    m_overlayKeepOut = overlayKeepOut(overlay, camera, measure);
    m_renderer.uploadOverlay(overlay);
}

void HeadlessMap::draw(const Camera& camera, int framebufferW, int framebufferH) {
    prepareOverlay(camera);
    m_renderer.draw(camera, framebufferW, framebufferH);
}

Image HeadlessMap::renderImage(const Camera& camera, int samples) {
    prepareOverlay(camera);  // laid out for the whole image; every tile draws its part
    // A still image: no name cut by its edge or hidden under an overlay (labels placed for the
    // whole image, not per tile).
    m_renderer.setLabelFrame(LabelFrame{camera.center, camera.metresPerPixel, camera.widthPx, camera.heightPx, m_overlayKeepOut});
    Image image = ta::renderImage(camera, samples, [&](const Camera& c, int w, int h) { m_renderer.draw(c, w, h); });
    m_renderer.setLabelFrame(std::nullopt);
    unpremultiply(image);
    return image;
}

void HeadlessMap::setTransparentBackground(bool transparent) {
    m_style.sea = m_style.sea.withAlpha(transparent ? 0 : 1);
}

void appendPlaceRings(Scene& scene, const CorpusGeometry& geometry, const std::vector<uint32_t>& places, const Style& style) {
    for (uint32_t i : places) {
        if (i >= geometry.places.size()) continue;
        const Vec2 at = geometry.places[i];
        // Outline the place's own symbol as a selected one is, so its label keeps its room beside
        // it (labels avoid markers by their drawn size); a place without a symbol gets a ring.
        bool ringed = false;
        for (Marker& m : scene.markers) {
            if (m.position.x != at.x || m.position.y != at.y) continue;
            m.stroke = style.selectedOutline;
            m.strokePx = kOutlinePx;
            ringed = true;
        }
        if (ringed) continue;
        Marker ring;
        ring.position = at;
        ring.radiusPx = kRingRadiusPx;
        ring.fill = Rgba{0, 0, 0, 0};
        ring.stroke = style.selectedOutline;
        ring.strokePx = kRingStrokePx;
        scene.markers.push_back(ring);
    }
}

}  // namespace ta
