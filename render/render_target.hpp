#pragma once
// Offscreen framebuffers: a multisampled colour buffer resolved into a plain one and read back.
// Sizes beyond the GL limits are rendered in tiles and stitched.

#include "camera.hpp"
#include "gl_handles.hpp"
#include "image.hpp"

#include <functional>

namespace ta {

/// Throws ta::Error when the bound framebuffer is incomplete, naming `what`.
void checkFramebufferComplete(const char* what);

class RenderTarget {
public:
    /// `samples` 0 or 1: no multisampling; clamped to GL_MAX_SAMPLES.
    RenderTarget(int width, int height, int samples);
    int width() const { return m_width; }
    int height() const { return m_height; }
    void bind() const;                 // for drawing
    void resolve();                    // multisampled: into the plain buffer (what a window's swap does)
    Image read();                      // resolve (if multisampled) and read back, rows top-down
    static int maxSize();              // the largest width/height one target may have

private:
    int m_width, m_height, m_samples;
    gl::Framebuffer m_drawFbo, m_resolveFbo;
    gl::Renderbuffer m_drawColor, m_resolveColor;
};

/// Draws `camera` (its logical size times pixelRatio gives the image size) through `drawFn`, which is
/// called once per tile with the tile's camera and framebuffer size.
Image renderImage(const Camera& camera, int samples, const std::function<void(const Camera&, int, int)>& drawFn);

}  // namespace ta
