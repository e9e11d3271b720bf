#pragma once
// Draws evacuation arcs (FlowItem) as mitred strips. The arcs' geometry is re-sent only when the set
// of arcs changes; progress and fading are a small per-vertex buffer re-sent when they change.

#include "camera.hpp"
#include "gl_handles.hpp"
#include "scene.hpp"

#include <vector>

namespace ta {

class FlowBatch {
public:
    FlowBatch();
    int upload(const std::vector<FlowItem>& flows);
    void draw(const gl::Program& program, const Camera& camera, int framebufferW, int framebufferH) const;

private:
    gl::VertexArray m_vao;
    gl::Buffer m_geometry, m_style;
    std::vector<const FlowArc*> m_arcs;
    std::vector<size_t> m_vertexCounts;  // per arc
    std::vector<float> m_styleData;
    GLsizei m_vertexCount = 0;
};

/// The strip of an arc as triangles: per vertex x, y, miter x, miter y, side, along, length.
/// Miter normals are the mean of the neighbouring segments' normals, lengthened by 1/cos of half
/// the turn (capped), so the strip keeps its width through each join without overlapping itself.
void appendFlowStrip(const FlowArc& arc, std::vector<float>& out);

}  // namespace ta
