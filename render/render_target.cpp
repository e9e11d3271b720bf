#include "render_target.hpp"

#include "error.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace ta {

void checkFramebufferComplete(const char* what) {
    const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
    if (status != GL_FRAMEBUFFER_COMPLETE)
        throw Error("OpenGL", std::string(what) + " framebuffer incomplete (0x" + std::to_string(status) + ")");
}

int RenderTarget::maxSize() {
    GLint rb = 0, dims[2] = {0, 0};
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &rb);
    glGetIntegerv(GL_MAX_VIEWPORT_DIMS, dims);
    return std::min({rb, dims[0], dims[1], 8192});
}

RenderTarget::RenderTarget(int width, int height, int samples) : m_width(width), m_height(height) {
    GLint maxSamples = 0;
    glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
    m_samples = std::clamp(samples, 0, static_cast<int>(maxSamples));
    if (m_samples == 1) m_samples = 0;

    m_resolveFbo = gl::makeFramebuffer();
    m_resolveColor = gl::makeRenderbuffer();
    glBindRenderbuffer(GL_RENDERBUFFER, m_resolveColor.id());
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
    glBindFramebuffer(GL_FRAMEBUFFER, m_resolveFbo.id());
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, m_resolveColor.id());
    checkFramebufferComplete("resolve");

    if (m_samples > 0) {
        m_drawFbo = gl::makeFramebuffer();
        m_drawColor = gl::makeRenderbuffer();
        glBindRenderbuffer(GL_RENDERBUFFER, m_drawColor.id());
        glRenderbufferStorageMultisample(GL_RENDERBUFFER, m_samples, GL_RGBA8, width, height);
        glBindFramebuffer(GL_FRAMEBUFFER, m_drawFbo.id());
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, m_drawColor.id());
        checkFramebufferComplete("multisampled");
    }
}

void RenderTarget::bind() const { glBindFramebuffer(GL_FRAMEBUFFER, m_samples > 0 ? m_drawFbo.id() : m_resolveFbo.id()); }

void RenderTarget::resolve() {
    if (m_samples <= 0) return;
    glBindFramebuffer(GL_READ_FRAMEBUFFER, m_drawFbo.id());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, m_resolveFbo.id());
    glBlitFramebuffer(0, 0, m_width, m_height, 0, 0, m_width, m_height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
}

Image RenderTarget::read() {
    resolve();
    glBindFramebuffer(GL_READ_FRAMEBUFFER, m_resolveFbo.id());
    Image image;
    image.width = m_width;
    image.height = m_height;
    image.rgba.resize(static_cast<size_t>(m_width) * m_height * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, m_width, m_height, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
    flipRows(image);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    return image;
}

Image renderImage(const Camera& camera, int samples, const std::function<void(const Camera&, int, int)>& drawFn) {
    const int fullW = static_cast<int>(std::lround(camera.widthPx * camera.pixelRatio));
    const int fullH = static_cast<int>(std::lround(camera.heightPx * camera.pixelRatio));
    const int tile = RenderTarget::maxSize();
    if (fullW <= tile && fullH <= tile) {
        RenderTarget target(fullW, fullH, samples);
        target.bind();
        drawFn(camera, fullW, fullH);
        return target.read();
    }
    // Tiles: each tile's camera looks at its part of the full view at the same scale.
    Image out;
    out.width = fullW;
    out.height = fullH;
    out.rgba.resize(static_cast<size_t>(fullW) * fullH * 4);
    for (int ty = 0; ty < fullH; ty += tile) {
        for (int tx = 0; tx < fullW; tx += tile) {
            const int w = std::min(tile, fullW - tx), h = std::min(tile, fullH - ty);
            Camera part = camera;
            part.widthPx = w / camera.pixelRatio;
            part.heightPx = h / camera.pixelRatio;
            const Vec2 tileCenterPx{(tx + w / 2.0) / camera.pixelRatio, (ty + h / 2.0) / camera.pixelRatio};
            part.center = camera.screenToWorld(tileCenterPx);
            RenderTarget target(w, h, samples);
            target.bind();
            drawFn(part, w, h);
            const Image piece = target.read();
            for (int y = 0; y < h; ++y)
                std::memcpy(&out.rgba[(static_cast<size_t>(ty + y) * fullW + tx) * 4], &piece.rgba[static_cast<size_t>(y) * w * 4],
                            static_cast<size_t>(w) * 4);
        }
    }
    return out;
}

}  // namespace ta
