#pragma once
// The map drawn without a window, kept loaded across frames: `render` draws one image with it and
// `record` draws every frame of a video through it, each at its own fractional day. It owns an EGL
// context, so every call must come from the thread that constructed it.

#include "camera.hpp"
#include "cli_args.hpp"
#include "corpus_layer.hpp"
#include "headless_context.hpp"
#include "image.hpp"
#include "map_data.hpp"
#include "overlay_layout.hpp"
#include "projection.hpp"
#include "renderer.hpp"
#include "style.hpp"
#include "timeline.hpp"

#include <cstdint>
#include <limits>
#include <optional>
#include <ostream>
#include <vector>

namespace ta {

/// What a frame shows besides the date: a selected place and places ringed for attention (tours).
struct FrameHighlights {
    int selectedPlace = -1;                 // index into the corpus's places
    std::vector<uint32_t> ringedPlaces;     // indices into the corpus's places
    friend bool operator==(const FrameHighlights&, const FrameHighlights&) = default;
};

class HeadlessMap {
public:
    /// Loads the map and the corpus `options` ask for (warnings go to `warnings`), then creates the
    /// EGL context and the renderer. Throws ta::Error naming the file or resource that failed.
    HeadlessMap(const MapOptions& options, std::ostream& warnings);
    HeadlessMap(const HeadlessMap&) = delete;
    HeadlessMap& operator=(const HeadlessMap&) = delete;

    /// Rebuilds the scene for a fractional day (transitions between statuses animate with the
    /// fraction) and uploads what changed. Cheap when nothing changed.
    void setFrame(double day, const FrameHighlights& highlights = {});

    /// Title, date, legend, scale bar and attribution drawn over the map (none by default); laid out
    /// for each camera drawn, in the label language, for the day of the last setFrame.
    void setOverlays(const OverlaySet& overlays) { m_overlays = overlays; }

    /// Leaves the sea (the background) transparent from the next setFrame on, for
    /// maps laid over a slide's own background.
    void setTransparentBackground(bool transparent);

    /// The camera that shows `view` (lon/lat box) or, without one, all of Syria, at a logical size.
    Camera cameraFor(const std::optional<ViewBox>& view, double widthPx, double heightPx) const;

    /// Draws into the currently bound framebuffer.
    void draw(const Camera& camera, int framebufferW, int framebufferH);
    /// Draws `camera` into an offscreen image (tiled beyond the GL limits), straight alpha; map
    /// labels are kept wholly inside the image and clear of the overlays.
    Image renderImage(const Camera& camera, int samples);

    const Projection& projection() const { return m_projection; }
    const MapData& map() const { return m_map; }
    const corpus::Corpus* corpus() const { return m_corpus ? &*m_corpus : nullptr; }
    const corpus::TimelineState& timeline() const { return m_timeline; }
    const Style& style() const { return m_style; }
    Renderer& renderer() { return m_renderer; }

private:
    Projection m_projection;
    MapData m_map;
    std::optional<corpus::Corpus> m_corpus;
    CorpusGeometry m_corpusGeometry;
    corpus::TimelineState m_timeline;
    Style m_style;
    std::string m_lang;              // label language, "en" or "ar"
    bool m_labels = true;
    int32_t m_stateDay = std::numeric_limits<int32_t>::min();  // the day m_timeline was computed for
    OverlaySet m_overlays;
    double m_frameDay = 0;           // the day of the last setFrame (the overlays' date caption)
    struct OverlayKey {
        double day, cx, cy, mpp, w, h;
        bool operator==(const OverlayKey&) const = default;
    };
    std::optional<OverlayKey> m_overlayKey;  // what the uploaded overlay was laid out for
    std::vector<BoxPx> m_overlayKeepOut;      // where that overlay is, for the labels of still images
    void prepareOverlay(const Camera& camera);
    HeadlessContext m_context;       // before m_renderer: GL objects die before their context
    Renderer m_renderer;
};

/// Rings `places`: their symbols grow a thick dark outline (places without a symbol get a ring).
void appendPlaceRings(Scene& scene, const CorpusGeometry& geometry, const std::vector<uint32_t>& places, const Style& style);

}  // namespace ta
