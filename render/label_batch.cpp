#include "label_batch.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace ta {

namespace {

// Box of a text's body: its ink, but never shorter than a capital letter and never above the
// baseline at the bottom, so that labels of different words line up and sit centred.
constexpr float kCapHeightEm = 0.72f;
constexpr int kInstanceFloats = 14;  // anchor 2, rect 4, uv 4, colour 1, halo 1, size 1, halo width 1

float packedColor(Rgba c) {
    const uint32_t packed = packRgba8(c);
    float f;
    std::memcpy(&f, &packed, sizeof f);
    return f;
}

void floatAttrib(GLuint index, int size, GLsizei stride, size_t offset) {
    glEnableVertexAttribArray(index);
    glVertexAttribPointer(index, size, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<const void*>(offset));
    glVertexAttribDivisor(index, 1);
}

void colorAttrib(GLuint index, GLsizei stride, size_t offset) {
    glEnableVertexAttribArray(index);
    glVertexAttribPointer(index, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<const void*>(offset));
    glVertexAttribDivisor(index, 1);
}

BoxPx alignedBox(const TextBox& box, TextAlign align) {
    const float h = box.heightPx;
    switch (align) {
        case TextAlign::Left: return {0, -h / 2, box.widthPx, h / 2};
        case TextAlign::Right: return {-box.widthPx, -h / 2, 0, h / 2};
        case TextAlign::Centre: break;
    }
    return {-box.widthPx / 2, -h / 2, box.widthPx / 2, h / 2};
}

}  // namespace

TextBox textBox(const text::ShapedText& shaped, float sizePx, float haloPx) {
    const float top = std::max(shaped.inkTop, kCapHeightEm);
    const float bottom = std::min(shaped.inkBottom, 0.f);
    TextBox box;
    box.widthPx = shaped.advance * sizePx + 2 * haloPx;
    box.heightPx = (top - bottom) * sizePx + 2 * haloPx;
    box.textLeftPx = haloPx;
    box.baselinePx = haloPx + top * sizePx;
    return box;
}

void GlyphTexture::sync(const text::GlyphAtlas& atlas) {
    if (atlas.version() == m_version && m_texture) return;
    if (!m_texture) m_texture = gl::makeTexture();
    glBindTexture(GL_TEXTURE_2D, m_texture.id());
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, atlas.width(), atlas.height(), 0, GL_RED, GL_UNSIGNED_BYTE, atlas.pixels().data());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    m_version = atlas.version();
    m_width = atlas.width();
    m_height = atlas.height();
}

LabelBatch::LabelBatch() {
    m_vao = gl::makeVertexArray();
    m_corners = gl::makeBuffer();
    m_instances = gl::makeBuffer();
    glBindVertexArray(m_vao.id());
    const float corners[] = {0, 0, 1, 0, 0, 1, 1, 1};
    glBindBuffer(GL_ARRAY_BUFFER, m_corners.id());
    glBufferData(GL_ARRAY_BUFFER, sizeof corners, corners, GL_STATIC_DRAW);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, nullptr);
    glBindBuffer(GL_ARRAY_BUFFER, m_instances.id());
    const GLsizei stride = kInstanceFloats * sizeof(float);
    floatAttrib(1, 2, stride, 0);
    floatAttrib(2, 4, stride, 2 * sizeof(float));
    floatAttrib(3, 4, stride, 6 * sizeof(float));
    colorAttrib(4, stride, 10 * sizeof(float));
    colorAttrib(5, stride, 11 * sizeof(float));
    floatAttrib(6, 2, stride, 12 * sizeof(float));
    glBindVertexArray(0);
}

void LabelBatch::upload(const std::vector<Label>& labels, text::TextEngine& engine) {
    if (labels == m_labels) return;
    m_labels = labels;
    m_candidates.clear();
    m_boxes.clear();
    for (const Label& l : m_labels) {
        const TextBox box = textBox(engine.shape(l.text), l.sizePx, l.haloPx);
        PlacementCandidate c;
        c.anchor = l.anchor;
        c.widthPx = box.widthPx;
        c.heightPx = box.heightPx;
        c.offsetPx = l.offsetPx;
        c.preferLeft = l.preferLeft;
        c.priority = l.priority;
        c.scales = l.scales;
        c.collides = l.collides;
        c.symbolRadiusPx = l.symbolPx;
        m_candidates.push_back(c);
        m_boxes.push_back(box);
    }
    m_bucket = -1;
}

void LabelBatch::setFrame(const std::optional<LabelFrame>& frame) {
    if (frame == m_frame) return;
    m_frame = frame;
    m_bucket = -1;
}

void LabelBatch::rebuild(double bucketScale, text::TextEngine& engine) {
    const std::vector<LabelSide> sides = placeLabels(m_candidates, {}, bucketScale, m_frame ? &*m_frame : nullptr);
    std::vector<float> data;
    m_placedCount = 0;
    for (size_t i = 0; i < m_labels.size(); ++i) {
        if (sides[i] == LabelSide::Hidden) continue;
        const Label& l = m_labels[i];
        const BoxPx box = l.collides ? labelBox(m_candidates[i], sides[i]) : alignedBox(m_boxes[i], l.align);
        const text::ShapedText& shaped = engine.shape(l.text);
        const float k = l.sizePx / text::kSdfBasePx;  // logical pixels per atlas pixel
        // Whole pixels for the pen and the baseline: crisp text at 1:1.
        const float penX = std::round(box.x0 + m_boxes[i].textLeftPx);
        const float baseline = std::round(box.y0 + m_boxes[i].baselinePx);
        const float color = packedColor(l.color), halo = packedColor(l.halo);
        ++m_placedCount;
        for (const text::ShapedGlyph& g : shaped.glyphs) {
            const text::AtlasGlyph& ag = engine.glyph(g.font, g.glyph);
            if (ag.rect.w == 0) continue;
            const float x0 = penX + g.x * l.sizePx + ag.left * k;
            const float y0 = baseline - g.y * l.sizePx - ag.top * k;
            data.insert(data.end(), {static_cast<float>(l.anchor.x), static_cast<float>(l.anchor.y), x0, y0, x0 + ag.rect.w * k,
                                     y0 + ag.rect.h * k, static_cast<float>(ag.rect.x), static_cast<float>(ag.rect.y),
                                     static_cast<float>(ag.rect.x + ag.rect.w), static_cast<float>(ag.rect.y + ag.rect.h), color, halo,
                                     l.sizePx, l.haloPx});
        }
    }
    glBindBuffer(GL_ARRAY_BUFFER, m_instances.id());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(data.size() * sizeof(float)), data.data(), GL_STATIC_DRAW);
    m_instanceCount = static_cast<GLsizei>(data.size() / kInstanceFloats);
    m_bucket = bucketScale;
}

void LabelBatch::draw(const gl::Program& program, const Camera& camera, int fbW, int fbH, text::TextEngine& engine, GlyphTexture& texture) {
    if (m_labels.empty()) return;
    const double bucket = zoomBucketScale(camera.metresPerPixel);
    if (bucket != m_bucket) rebuild(bucket, engine);
    if (m_instanceCount == 0) return;
    texture.sync(engine.atlas());
    glUseProgram(program.id());
    const auto m = camera.worldToClip();
    glUniformMatrix3fv(glGetUniformLocation(program.id(), "u_worldToClip"), 1, GL_FALSE, m.data());
    glUniform2f(glGetUniformLocation(program.id(), "u_viewportPx"), static_cast<float>(fbW), static_cast<float>(fbH));
    glUniform1f(glGetUniformLocation(program.id(), "u_pixelRatio"), static_cast<float>(camera.pixelRatio));
    glUniform2f(glGetUniformLocation(program.id(), "u_atlasSize"), static_cast<float>(texture.width()), static_cast<float>(texture.height()));
    glUniform1f(glGetUniformLocation(program.id(), "u_sdfBasePx"), text::kSdfBasePx);
    glUniform1f(glGetUniformLocation(program.id(), "u_sdfSpreadPx"), text::kSdfSpreadPx);
    glUniform1i(glGetUniformLocation(program.id(), "u_atlas"), 0);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, texture.id());
    glBindVertexArray(m_vao.id());
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, m_instanceCount);
    glBindVertexArray(0);
}

}  // namespace ta
