#pragma once
// Draws a premultiplied RGBA image (rows top-down) over the bound framebuffer at a pixel rectangle:
// how burned-in captions reach a video frame. The texture is re-sent only when the image changes.

#include "gl_handles.hpp"
#include "image.hpp"

namespace ta {

class ImageQuad {
public:
    ImageQuad();  // needs a current GL 3.3 context

    /// Uploads `image` unless it equals the last one uploaded.
    void setImage(const Image& image);
    /// Draws the image with its top-left corner at (xPx, yPx), y down, at its own size.
    void draw(int xPx, int yPx, int framebufferW, int framebufferH) const;
    bool empty() const { return m_width == 0 || m_height == 0; }

private:
    gl::Program m_program;
    gl::VertexArray m_emptyVao;
    gl::Texture m_texture;
    int m_width = 0, m_height = 0;
    std::vector<uint8_t> m_uploaded;
};

}  // namespace ta
