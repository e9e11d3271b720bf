#include "overlay_batch.hpp"

#include "draw_uniforms.hpp"

namespace ta {

namespace {

void floatAttrib(GLuint index, int size, GLsizei stride, size_t offset) {
    glEnableVertexAttribArray(index);
    glVertexAttribPointer(index, size, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<const void*>(offset));
}

void bytesAttrib(GLuint index, GLsizei stride, size_t offset) {
    glEnableVertexAttribArray(index);
    glVertexAttribPointer(index, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<const void*>(offset));
}

void send(GLuint buffer, const std::vector<float>& data) {
    glBindBuffer(GL_ARRAY_BUFFER, buffer);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(data.size() * sizeof(float)), data.data(), GL_DYNAMIC_DRAW);
}

}  // namespace

OverlayBatch::OverlayBatch() {
    // Fills: position (2 floats), colour (RGBA8), as the map's fill program expects.
    m_fillVao = gl::makeVertexArray();
    m_fillPositions = gl::makeBuffer();
    m_fillColors = gl::makeBuffer();
    glBindVertexArray(m_fillVao.id());
    glBindBuffer(GL_ARRAY_BUFFER, m_fillPositions.id());
    floatAttrib(0, 2, 0, 0);
    glBindBuffer(GL_ARRAY_BUFFER, m_fillColors.id());
    bytesAttrib(1, 0, 0);

    // Markers: instanced quads, laid out as the marker program expects.
    m_markerVao = gl::makeVertexArray();
    m_markerCorners = gl::makeBuffer();
    m_markerInstances = gl::makeBuffer();
    glBindVertexArray(m_markerVao.id());
    const float corners[] = {-1, -1, 1, -1, -1, 1, 1, 1};
    glBindBuffer(GL_ARRAY_BUFFER, m_markerCorners.id());
    glBufferData(GL_ARRAY_BUFFER, sizeof corners, corners, GL_STATIC_DRAW);
    floatAttrib(0, 2, 0, 0);
    glBindBuffer(GL_ARRAY_BUFFER, m_markerInstances.id());
    const GLsizei stride = 6 * sizeof(float);
    floatAttrib(1, 2, stride, 0);
    floatAttrib(2, 2, stride, 2 * sizeof(float));
    bytesAttrib(3, stride, 4 * sizeof(float));
    bytesAttrib(4, stride, 5 * sizeof(float));
    for (GLuint i = 1; i <= 4; ++i) glVertexAttribDivisor(i, 1);
    glBindVertexArray(0);
}

void OverlayBatch::upload(const SceneLayer& layer, text::TextEngine& engine) {
    std::vector<float> xy, colors;
    for (const FillItem& f : layer.fills) {
        if (!f.mesh) continue;
        const float c = packedColorSlot(f.color);
        for (uint32_t i : f.mesh->indices) {
            xy.push_back(static_cast<float>(f.mesh->vertices[i].x));
            xy.push_back(static_cast<float>(f.mesh->vertices[i].y));
            colors.push_back(c);
        }
    }
    send(m_fillPositions.id(), xy);
    send(m_fillColors.id(), colors);
    m_fillVertices = static_cast<GLsizei>(xy.size() / 2);

    std::vector<float> instances;
    for (const Marker& m : layer.markers)
        instances.insert(instances.end(), {static_cast<float>(m.position.x), static_cast<float>(m.position.y), m.radiusPx, m.strokePx,
                                           packedColorSlot(m.fill), packedColorSlot(m.stroke)});
    send(m_markerInstances.id(), instances);
    m_markerCount = static_cast<GLsizei>(layer.markers.size());

    m_zones.upload(layer.zones);
    m_flows.upload(layer.flows);
    m_labels.upload(layer.labels, engine);
}

void OverlayBatch::draw(const OverlayPrograms& programs, const Camera& camera, int fbW, int fbH, text::TextEngine& engine,
                        GlyphTexture& texture) {
    if (m_fillVertices > 0) {
        glUseProgram(programs.fill.id());
        setCameraUniforms(programs.fill, camera, fbW, fbH);
        glBindVertexArray(m_fillVao.id());
        glDrawArrays(GL_TRIANGLES, 0, m_fillVertices);
    }
    m_zones.draw(programs.zone, camera, fbW, fbH);
    m_flows.draw(programs.flow, camera, fbW, fbH);
    if (m_markerCount > 0) {
        glUseProgram(programs.marker.id());
        setCameraUniforms(programs.marker, camera, fbW, fbH);
        glBindVertexArray(m_markerVao.id());
        glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, m_markerCount);
    }
    m_labels.draw(programs.label, camera, fbW, fbH, engine, texture);
    glBindVertexArray(0);
}

}  // namespace ta
