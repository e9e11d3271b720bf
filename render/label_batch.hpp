#pragma once
// Draws a layer's labels: shapes them through the text engine, places them (label_placement.hpp)
// once per zoom bucket, and draws one instanced quad per glyph from the distance-field atlas.
// Placement and glyph buffers are rebuilt only when the labels or the zoom bucket change.

#include "camera.hpp"
#include "gl_handles.hpp"
#include "label_placement.hpp"
#include "scene.hpp"
#include "text/text_engine.hpp"

#include <optional>
#include <vector>

namespace ta {

/// The box a shaped line takes at a size, halo included, and where its text starts in it.
struct TextBox {
    float widthPx = 0, heightPx = 0;
    float textLeftPx = 0;        // from the box's left edge to the pen's start
    float baselinePx = 0;        // from the box's top edge down to the baseline
};
TextBox textBox(const text::ShapedText& shaped, float sizePx, float haloPx);

/// The distance-field atlas as a GL texture, re-sent when the atlas changes.
class GlyphTexture {
public:
    void sync(const text::GlyphAtlas& atlas);
    GLuint id() const { return m_texture.id(); }
    int width() const { return m_width; }
    int height() const { return m_height; }

private:
    gl::Texture m_texture;
    uint32_t m_version = 0;
    int m_width = 0, m_height = 0;
};

class LabelBatch {
public:
    LabelBatch();

    /// Takes the layer's labels; shapes new text. Nothing happens when they did not change.
    void upload(const std::vector<Label>& labels, text::TextEngine& engine);
    /// Places the labels for the camera's zoom bucket (cached) and draws them.
    void draw(const gl::Program& program, const Camera& camera, int framebufferW, int framebufferH, text::TextEngine& engine,
              GlyphTexture& texture);

    /// Keeps the labels inside a still image's frame (label_placement.hpp); nullopt: no frame.
    void setFrame(const std::optional<LabelFrame>& frame);

    size_t placed() const { return m_placedCount; }
    size_t glyphs() const { return m_instanceCount; }

private:
    void rebuild(double bucketScale, text::TextEngine& engine);

    gl::VertexArray m_vao;
    gl::Buffer m_corners, m_instances;
    std::vector<Label> m_labels;
    std::vector<PlacementCandidate> m_candidates;
    std::vector<TextBox> m_boxes;
    std::optional<LabelFrame> m_frame;
    double m_bucket = -1;        // zoom bucket of the current glyph buffer; -1: stale
    size_t m_placedCount = 0;
    GLsizei m_instanceCount = 0;
};

}  // namespace ta
