#include "zone_batch.hpp"

#include "draw_uniforms.hpp"

#include <cmath>

namespace ta {

namespace {
constexpr int kStyleFloats = 4;  // colour (packed), opacity, angle, period
}

ZoneBatch::ZoneBatch() {
    m_vao = gl::makeVertexArray();
    m_positions = gl::makeBuffer();
    m_style = gl::makeBuffer();
    glBindVertexArray(m_vao.id());
    glBindBuffer(GL_ARRAY_BUFFER, m_positions.id());
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, nullptr);
    glBindBuffer(GL_ARRAY_BUFFER, m_style.id());
    const GLsizei stride = kStyleFloats * sizeof(float);
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, nullptr);
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 3, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<const void*>(sizeof(float)));
    glBindVertexArray(0);
}

int ZoneBatch::upload(const std::vector<HatchFill>& zones) {
    int uploads = 0;
    std::vector<const TriangleMesh*> meshes;
    for (const HatchFill& z : zones) meshes.push_back(z.mesh.get());
    if (meshes != m_meshes) {
        std::vector<float> xy;
        for (const TriangleMesh* mesh : meshes) {
            if (!mesh) continue;
            for (uint32_t i : mesh->indices) {
                xy.push_back(static_cast<float>(mesh->vertices[i].x));
                xy.push_back(static_cast<float>(mesh->vertices[i].y));
            }
        }
        glBindBuffer(GL_ARRAY_BUFFER, m_positions.id());
        glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(xy.size() * sizeof(float)), xy.data(), GL_STATIC_DRAW);
        m_meshes = std::move(meshes);
        m_vertexCount = static_cast<GLsizei>(xy.size() / 2);
        m_styleData.clear();
        ++uploads;
    }
    std::vector<float> style;
    style.reserve(static_cast<size_t>(m_vertexCount) * kStyleFloats);
    for (const HatchFill& z : zones) {
        if (!z.mesh) continue;
        const float color = packedColorSlot(z.color);
        const float angle = z.angleDeg * 3.14159265f / 180.f;
        for (size_t v = 0; v < z.mesh->indices.size(); ++v) style.insert(style.end(), {color, z.opacity, angle, z.spacingPx});
    }
    if (uploadIfChanged(m_style.id(), m_styleData, std::move(style))) ++uploads;
    return uploads;
}

void ZoneBatch::draw(const gl::Program& program, const Camera& camera, int fbW, int fbH) const {
    if (m_vertexCount == 0) return;
    glUseProgram(program.id());
    setCameraUniforms(program, camera, fbW, fbH);
    glBindVertexArray(m_vao.id());
    glDrawArrays(GL_TRIANGLES, 0, m_vertexCount);
}

}  // namespace ta
