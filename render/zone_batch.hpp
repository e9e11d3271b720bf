#pragma once
// Draws hatched zones (HatchFill). Triangles are re-sent only when the set of zone meshes changes;
// the per-zone style (colour, opacity, hatching) is a small buffer re-sent when it changes, so a
// zone fading in over the timeline costs a few hundred bytes a frame.

#include "camera.hpp"
#include "gl_handles.hpp"
#include "scene.hpp"

#include <vector>

namespace ta {

class ZoneBatch {
public:
    ZoneBatch();
    /// Returns the number of buffers re-sent.
    int upload(const std::vector<HatchFill>& zones);
    void draw(const gl::Program& program, const Camera& camera, int framebufferW, int framebufferH) const;

private:
    gl::VertexArray m_vao;
    gl::Buffer m_positions, m_style;
    std::vector<const TriangleMesh*> m_meshes;
    std::vector<float> m_styleData;
    GLsizei m_vertexCount = 0;
};

}  // namespace ta
