#pragma once
// The offscreen frame a recording draws into, kept across frames: a (multisampled) colour buffer
// resolved into a texture, read back either as RGBA (GIF, PNG frames) or, converted on the GPU, as
// planar YUV 4:2:0 (H.264, VP9). Converting on the GPU spares the CPU, which the encoder needs,
// and reads back 1.5 bytes per pixel instead of 4.

#include "gl_handles.hpp"
#include "image.hpp"

#include <cstdint>

namespace ta {

class VideoFrameTarget {
public:
    /// Needs a current GL 3.3 context. YUV needs even sizes (4:2:0 halves both); throws ta::Error.
    VideoFrameTarget(int width, int height, int samples);
    int width() const { return m_width; }
    int height() const { return m_height; }

    /// Binds the framebuffer to draw the frame into.
    void bind() const;
    /// Resolves and reads the frame as premultiplied RGBA, rows top-down.
    void readRgba(Image& out);
    /// Resolves, converts (BT.709, limited range) and reads the three planes, rows top-down:
    /// `y` gets width*height bytes, `u` and `v` (width/2)*(height/2) each.
    void readYuv420(uint8_t* y, uint8_t* u, uint8_t* v);

private:
    void resolve();

    int m_width, m_height, m_samples;
    gl::Framebuffer m_drawFbo, m_resolveFbo, m_lumaFbo, m_chromaFbo;
    gl::Renderbuffer m_drawColor;
    gl::Texture m_resolveTexture, m_lumaTexture, m_chromaTexture;
    gl::Program m_yuvProgram;
    gl::VertexArray m_emptyVao;  // core profile draws need a bound VAO even without attributes
};

}  // namespace ta
