#pragma once
// The camera uniforms every map program may declare: u_worldToClip, u_viewportPx, u_pixelRatio and
// u_metresPerPixel. Set the ones the program has; call with the program in use.

#include "camera.hpp"
#include "gl_handles.hpp"

#include <cstring>

namespace ta {

inline void setCameraUniforms(const gl::Program& program, const Camera& camera, int framebufferW, int framebufferH) {
    const GLuint id = program.id();
    const auto m = camera.worldToClip();
    if (GLint loc = glGetUniformLocation(id, "u_worldToClip"); loc >= 0) glUniformMatrix3fv(loc, 1, GL_FALSE, m.data());
    if (GLint loc = glGetUniformLocation(id, "u_viewportPx"); loc >= 0)
        glUniform2f(loc, static_cast<float>(framebufferW), static_cast<float>(framebufferH));
    if (GLint loc = glGetUniformLocation(id, "u_pixelRatio"); loc >= 0) glUniform1f(loc, static_cast<float>(camera.pixelRatio));
    if (GLint loc = glGetUniformLocation(id, "u_metresPerPixel"); loc >= 0) glUniform1f(loc, static_cast<float>(camera.metresPerPixel));
}

/// A packed RGBA8 colour in a float slot of an interleaved vertex buffer (read as 4 normalised bytes).
inline float packedColorSlot(Rgba c) {
    const uint32_t packed = packRgba8(c);
    float f;
    std::memcpy(&f, &packed, sizeof f);
    return f;
}

/// Bitwise equality: the floats carry packed colours whose bits may read as NaN, which == would call
/// unequal to themselves. Empty vectors may have null data(), which memcmp must not get.
inline bool sameBits(const std::vector<float>& a, const std::vector<float>& b) {
    return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0);
}

/// Re-sends `data` to `buffer` only when it differs from `sent`; returns whether it did.
inline bool uploadIfChanged(GLuint buffer, std::vector<float>& sent, std::vector<float>&& data) {
    if (sameBits(data, sent)) return false;
    glBindBuffer(GL_ARRAY_BUFFER, buffer);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(data.size() * sizeof(float)), data.data(), GL_DYNAMIC_DRAW);
    sent = std::move(data);
    return true;
}

}  // namespace ta
