#pragma once
// Draws the overlay layer (overlay_layout.hpp) on top of the map: panels, swatches, scale bar and
// text. Small and rebuilt when the overlay changes; the programs are the map's own.

#include "camera.hpp"
#include "flow_batch.hpp"
#include "gl_handles.hpp"
#include "label_batch.hpp"
#include "scene.hpp"
#include "zone_batch.hpp"

#include <vector>

namespace ta {

struct OverlayPrograms {
    const gl::Program& fill;
    const gl::Program& zone;
    const gl::Program& flow;
    const gl::Program& marker;
    const gl::Program& label;
};

class OverlayBatch {
public:
    OverlayBatch();
    void upload(const SceneLayer& layer, text::TextEngine& engine);
    void draw(const OverlayPrograms& programs, const Camera& camera, int framebufferW, int framebufferH, text::TextEngine& engine,
              GlyphTexture& texture);

private:
    gl::VertexArray m_fillVao, m_markerVao;
    gl::Buffer m_fillPositions, m_fillColors, m_markerCorners, m_markerInstances;
    GLsizei m_fillVertices = 0, m_markerCount = 0;
    ZoneBatch m_zones;
    FlowBatch m_flows;
    LabelBatch m_labels;
};

}  // namespace ta
