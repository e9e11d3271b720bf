#include "video_frame_target.hpp"

#include "error.hpp"
#include "render_target.hpp"
#include "shader_library.hpp"

#include <algorithm>
#include <cstring>
#include <vector>
#include <string>

namespace ta {

namespace {

gl::Texture makeTargetTexture(GLenum internalFormat, GLenum format, int w, int h) {
    gl::Texture t = gl::makeTexture();
    glBindTexture(GL_TEXTURE_2D, t.id());
    glTexImage2D(GL_TEXTURE_2D, 0, static_cast<GLint>(internalFormat), w, h, 0, format, GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    return t;
}

gl::Framebuffer makeTextureFbo(const gl::Texture& texture, const char* what) {
    gl::Framebuffer fbo = gl::makeFramebuffer();
    glBindFramebuffer(GL_FRAMEBUFFER, fbo.id());
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture.id(), 0);
    checkFramebufferComplete(what);
    return fbo;
}

}  // namespace

VideoFrameTarget::VideoFrameTarget(int width, int height, int samples) : m_width(width), m_height(height) {
    if (width <= 0 || height <= 0) throw Error("video frame", "size must be positive");
    GLint maxSamples = 0, maxSize = 0;
    glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &maxSize);
    if (width > maxSize || height > maxSize)
        throw Error("video frame", std::to_string(width) + "x" + std::to_string(height) + " exceeds the GL limit of " +
                                       std::to_string(maxSize) + " pixels a side");
    m_samples = std::clamp(samples, 0, static_cast<int>(maxSamples));
    if (m_samples == 1) m_samples = 0;

    m_resolveTexture = makeTargetTexture(GL_RGBA8, GL_RGBA, width, height);
    m_resolveFbo = makeTextureFbo(m_resolveTexture, "video resolve");
    if (m_samples > 0) {
        m_drawFbo = gl::makeFramebuffer();
        m_drawColor = gl::makeRenderbuffer();
        glBindRenderbuffer(GL_RENDERBUFFER, m_drawColor.id());
        glRenderbufferStorageMultisample(GL_RENDERBUFFER, m_samples, GL_RGBA8, width, height);
        glBindFramebuffer(GL_FRAMEBUFFER, m_drawFbo.id());
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, m_drawColor.id());
        checkFramebufferComplete("video multisampled");
    }
    if (width % 2 == 0 && height % 2 == 0) {
        m_lumaTexture = makeTargetTexture(GL_R8, GL_RED, width, height);
        m_lumaFbo = makeTextureFbo(m_lumaTexture, "video luma");
        // Cb and Cr side by side in one texture: one framebuffer, two viewports.
        m_chromaTexture = makeTargetTexture(GL_R8, GL_RED, width, height / 2);
        m_chromaFbo = makeTextureFbo(m_chromaTexture, "video chroma");
        m_yuvProgram = buildProgram("yuv_plane");
        m_emptyVao = gl::makeVertexArray();
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

void VideoFrameTarget::bind() const { glBindFramebuffer(GL_FRAMEBUFFER, m_samples > 0 ? m_drawFbo.id() : m_resolveFbo.id()); }

void VideoFrameTarget::resolve() {
    if (m_samples == 0) return;
    glBindFramebuffer(GL_READ_FRAMEBUFFER, m_drawFbo.id());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, m_resolveFbo.id());
    glBlitFramebuffer(0, 0, m_width, m_height, 0, 0, m_width, m_height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
}

void VideoFrameTarget::readRgba(Image& out) {
    resolve();
    glBindFramebuffer(GL_READ_FRAMEBUFFER, m_resolveFbo.id());
    out.width = m_width;
    out.height = m_height;
    const size_t row = static_cast<size_t>(m_width) * 4;
    out.rgba.resize(row * m_height);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, m_width, m_height, GL_RGBA, GL_UNSIGNED_BYTE, out.rgba.data());
    flipRows(out);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

void VideoFrameTarget::readYuv420(uint8_t* y, uint8_t* u, uint8_t* v) {
    if (!m_yuvProgram) throw Error("video frame", "YUV 4:2:0 needs an even width and height");
    resolve();
    glDisable(GL_BLEND);
    glUseProgram(m_yuvProgram.id());
    glBindVertexArray(m_emptyVao.id());
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, m_resolveTexture.id());
    glUniform1i(glGetUniformLocation(m_yuvProgram.id(), "u_source"), 0);
    glUniform2i(glGetUniformLocation(m_yuvProgram.id(), "u_sourceSize"), m_width, m_height);
    const GLint planeLoc = glGetUniformLocation(m_yuvProgram.id(), "u_plane");

    glBindFramebuffer(GL_FRAMEBUFFER, m_lumaFbo.id());
    glViewport(0, 0, m_width, m_height);
    glUniform1i(planeLoc, 0);
    glUniform1i(glGetUniformLocation(m_yuvProgram.id(), "u_originX"), 0);
    glDrawArrays(GL_TRIANGLES, 0, 3);

    // Cb in the left half of the chroma texture, Cr in the right half.
    glBindFramebuffer(GL_FRAMEBUFFER, m_chromaFbo.id());
    const int cw = m_width / 2, ch = m_height / 2;
    glViewport(0, 0, cw, ch);
    const GLint originLoc = glGetUniformLocation(m_yuvProgram.id(), "u_originX");
    glUniform1i(planeLoc, 1);
    glUniform1i(originLoc, 0);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glViewport(cw, 0, cw, ch);
    glUniform1i(planeLoc, 2);
    glUniform1i(originLoc, cw);
    glDrawArrays(GL_TRIANGLES, 0, 3);

    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, m_lumaFbo.id());
    glReadPixels(0, 0, m_width, m_height, GL_RED, GL_UNSIGNED_BYTE, y);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, m_chromaFbo.id());
    glReadPixels(0, 0, cw, ch, GL_RED, GL_UNSIGNED_BYTE, u);
    glReadPixels(cw, 0, cw, ch, GL_RED, GL_UNSIGNED_BYTE, v);

    glBindVertexArray(0);
    glUseProgram(0);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

}  // namespace ta
