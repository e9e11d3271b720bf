#include "flow_batch.hpp"

#include "draw_uniforms.hpp"

#include <algorithm>
#include <cmath>

namespace ta {

namespace {
constexpr int kGeometryFloats = 7;
constexpr int kStyleFloats = 4;  // width, colour (packed), progress, alpha
constexpr double kMaxMiter = 3;

Vec2 segmentNormal(Vec2 a, Vec2 b) {
    const Vec2 d = b - a;
    const double len = length(d);
    return len > 0 ? Vec2{-d.y / len, d.x / len} : Vec2{0, 0};
}

void floatAttrib(GLuint index, int size, GLsizei stride, size_t offset) {
    glEnableVertexAttribArray(index);
    glVertexAttribPointer(index, size, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<const void*>(offset));
}

}  // namespace

void appendFlowStrip(const FlowArc& arc, std::vector<float>& out) {
    const size_t n = arc.points.size();
    if (n < 2 || arc.length <= 0) return;
    std::vector<Vec2> miter(n);
    for (size_t i = 0; i < n; ++i) {
        const Vec2 before = i > 0 ? segmentNormal(arc.points[i - 1], arc.points[i]) : segmentNormal(arc.points[0], arc.points[1]);
        const Vec2 after = i + 1 < n ? segmentNormal(arc.points[i], arc.points[i + 1]) : before;
        Vec2 m = before + after;
        const double len = length(m);
        m = len > 0 ? m * (1 / len) : before;
        const double cosHalf = m.x * after.x + m.y * after.y;
        miter[i] = m * std::min(1 / std::max(cosHalf, 1e-6), kMaxMiter);
    }
    auto vertex = [&](size_t i, float side) {
        out.insert(out.end(), {static_cast<float>(arc.points[i].x), static_cast<float>(arc.points[i].y), static_cast<float>(miter[i].x),
                               static_cast<float>(miter[i].y), side, static_cast<float>(arc.along[i]), static_cast<float>(arc.length)});
    };
    for (size_t i = 0; i + 1 < n; ++i) {
        vertex(i, -1), vertex(i, 1), vertex(i + 1, -1);
        vertex(i + 1, -1), vertex(i, 1), vertex(i + 1, 1);
    }
}

FlowBatch::FlowBatch() {
    m_vao = gl::makeVertexArray();
    m_geometry = gl::makeBuffer();
    m_style = gl::makeBuffer();
    glBindVertexArray(m_vao.id());
    glBindBuffer(GL_ARRAY_BUFFER, m_geometry.id());
    const GLsizei g = kGeometryFloats * sizeof(float);
    floatAttrib(0, 2, g, 0);
    floatAttrib(1, 2, g, 2 * sizeof(float));
    floatAttrib(2, 3, g, 4 * sizeof(float));
    glBindBuffer(GL_ARRAY_BUFFER, m_style.id());
    const GLsizei s = kStyleFloats * sizeof(float);
    floatAttrib(3, 1, s, 0);
    glEnableVertexAttribArray(4);
    glVertexAttribPointer(4, 4, GL_UNSIGNED_BYTE, GL_TRUE, s, reinterpret_cast<const void*>(sizeof(float)));
    floatAttrib(5, 2, s, 2 * sizeof(float));
    glBindVertexArray(0);
}

int FlowBatch::upload(const std::vector<FlowItem>& flows) {
    int uploads = 0;
    std::vector<const FlowArc*> arcs;
    for (const FlowItem& f : flows) arcs.push_back(f.arc.get());
    if (arcs != m_arcs) {
        std::vector<float> data;
        m_vertexCounts.clear();
        for (const FlowArc* arc : arcs) {
            const size_t before = data.size();
            if (arc) appendFlowStrip(*arc, data);
            m_vertexCounts.push_back((data.size() - before) / kGeometryFloats);
        }
        glBindBuffer(GL_ARRAY_BUFFER, m_geometry.id());
        glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(data.size() * sizeof(float)), data.data(), GL_STATIC_DRAW);
        m_arcs = std::move(arcs);
        m_vertexCount = static_cast<GLsizei>(data.size() / kGeometryFloats);
        m_styleData.clear();
        ++uploads;
    }
    std::vector<float> style;
    style.reserve(static_cast<size_t>(m_vertexCount) * kStyleFloats);
    for (size_t i = 0; i < flows.size(); ++i) {
        const float color = packedColorSlot(flows[i].color);
        for (size_t v = 0; v < m_vertexCounts[i]; ++v) style.insert(style.end(), {flows[i].widthPx, color, flows[i].progress, flows[i].alpha});
    }
    if (uploadIfChanged(m_style.id(), m_styleData, std::move(style))) ++uploads;
    return uploads;
}

void FlowBatch::draw(const gl::Program& program, const Camera& camera, int fbW, int fbH) const {
    if (m_vertexCount == 0) return;
    glUseProgram(program.id());
    setCameraUniforms(program, camera, fbW, fbH);
    glBindVertexArray(m_vao.id());
    glDrawArrays(GL_TRIANGLES, 0, m_vertexCount);
}

}  // namespace ta
