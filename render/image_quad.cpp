#include "image_quad.hpp"

#include "shader_library.hpp"

namespace ta {

ImageQuad::ImageQuad() : m_program(buildProgram("image_quad")), m_emptyVao(gl::makeVertexArray()), m_texture(gl::makeTexture()) {
    glBindTexture(GL_TEXTURE_2D, m_texture.id());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
}

void ImageQuad::setImage(const Image& image) {
    if (image.width == m_width && image.height == m_height && image.rgba == m_uploaded) return;
    m_width = image.width;
    m_height = image.height;
    m_uploaded = image.rgba;
    if (empty()) return;
    glBindTexture(GL_TEXTURE_2D, m_texture.id());
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, m_width, m_height, 0, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
}

void ImageQuad::draw(int xPx, int yPx, int framebufferW, int framebufferH) const {
    if (empty()) return;
    glViewport(0, 0, framebufferW, framebufferH);
    glEnable(GL_BLEND);
    glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glUseProgram(m_program.id());
    glBindVertexArray(m_emptyVao.id());
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, m_texture.id());
    glUniform1i(glGetUniformLocation(m_program.id(), "u_image"), 0);
    glUniform4f(glGetUniformLocation(m_program.id(), "u_rectPx"), static_cast<float>(xPx), static_cast<float>(yPx),
                static_cast<float>(m_width), static_cast<float>(m_height));
    glUniform2f(glGetUniformLocation(m_program.id(), "u_viewportPx"), static_cast<float>(framebufferW), static_cast<float>(framebufferH));
    glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
    glBindVertexArray(0);
    glUseProgram(0);
}

}  // namespace ta
