#pragma once
// Draws a Scene with OpenGL 3.3 core. Shared by the window and the headless renderer: the only
// difference between them is the framebuffer they hand to draw().

#include "camera.hpp"
#include "gl_handles.hpp"
#include "event_batch.hpp"
#include "flow_batch.hpp"
#include "label_batch.hpp"
#include "overlay_batch.hpp"
#include "scene.hpp"
#include "text/text_engine.hpp"
#include "zone_batch.hpp"

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace ta {

struct RenderStats {
    size_t fillTriangles = 0;   // drawn by the last draw() (its level of detail and visible items)
    size_t lineSegments = 0;
    size_t markers = 0;
    size_t events = 0;          // event-layer points in the last draw()'s time windows
    size_t labelsPlaced = 0;    // map labels shown by the last draw() (after collision avoidance)
    size_t glyphs = 0;
    int uploads = 0;  // buffers re-sent by the last upload()
};

class Renderer {
public:
    /// Needs a current GL 3.3 core context; compiles the shaders (throws ta::Error on failure).
    Renderer();
    ~Renderer();
    Renderer(const Renderer&) = delete;
    Renderer& operator=(const Renderer&) = delete;

    /// Sends to the GPU only what differs from the previous scene.
    void upload(const Scene& scene);

    /// The overlay layer (title, legend, scale bar..., overlay_layout.hpp) drawn over the map until
    /// replaced; an empty layer removes it.
    void uploadOverlay(const SceneLayer& overlay);

    /// Draws into the currently bound framebuffer of `framebufferW` x `framebufferH` pixels.
    void draw(const Camera& camera, int framebufferW, int framebufferH);

    /// Keeps map labels wholly inside a still image (its whole camera, not a tile's); nullopt for
    /// interactive and animated views, whose labels must not move with the pan.
    void setLabelFrame(const std::optional<LabelFrame>& frame) { m_labels.setFrame(frame); }

    const RenderStats& stats() const { return m_stats; }

    /// Shapes and measures text the way labels are drawn (overlay layout needs widths).
    text::TextEngine& textEngine() { return m_text; }

private:
    /// Where each item's vertices lie in a buffer laid out level of detail after level of detail
    /// (all items at lod 0, then all at lod 1, ...), so one zoom draws few contiguous ranges.
    struct LodRanges {
        size_t items = 0, lods = 1;
        std::vector<GLint> first;     // [lod * items + item]
        std::vector<GLsizei> count;
        std::vector<ScaleRange> scales;  // per item
        /// The ranges to draw at `lod` for the items visible at `metresPerPixel`, adjacent ones merged.
        void visible(size_t lod, double metresPerPixel, std::vector<GLint>& firsts, std::vector<GLsizei>& counts) const;
    };
    struct Fills {
        gl::VertexArray vao;
        gl::Buffer positions, colors;
        std::vector<const void*> geometryKey;  // every item's meshes, by pointer
        std::vector<uint32_t> itemColors;      // per item: what the colour buffer holds
        LodRanges ranges;
        GLsizei vertexCount = 0;
    };
    struct Lines {
        gl::VertexArray vao;
        gl::Buffer geometry, style;
        std::vector<const void*> geometryKey;  // every item's rings (and whether closed), by pointer
        std::vector<std::pair<float, uint32_t>> itemStyles;  // per item (width, RGBA8): what the style buffer holds
        LodRanges ranges;
        GLsizei vertexCount = 0;
    };
    struct Markers {
        gl::VertexArray vao;
        gl::Buffer corners, instances;
        std::vector<float> instanceData;
        GLsizei count = 0;
    };

    void uploadFills(const Scene& scene);
    void uploadLines(const Scene& scene);
    void uploadMarkers(const Scene& scene);

    gl::Program m_fillProgram, m_lineProgram, m_markerProgram;
    Fills m_fills;
    Lines m_lines;
    Markers m_markers;
    Rgba m_background;
    std::vector<double> m_lodTolerancesM;
    RenderStats m_stats;

    // Zones and flows (zone_batch.hpp, flow_batch.hpp).
    gl::Program m_zoneProgram, m_flowProgram;
    ZoneBatch m_zones;
    FlowBatch m_flows;

    // Event layers (event_batch.hpp): uploaded once, a time window drawn per frame.
    gl::Program m_eventProgram;
    EventBatch m_events;

    // Labels (render/text/): fonts loaded once, one distance-field atlas for every layer.
    text::TextEngine m_text;
    gl::Program m_labelProgram;
    GlyphTexture m_glyphTexture;
    LabelBatch m_labels;
    OverlayBatch m_overlay;
};

}  // namespace ta
