#pragma once
// Move-only owners of OpenGL objects. They must be created and destroyed on the thread whose GL
// context is current; the renderer guarantees this by owning them.

#include <glad/gl.h>

#include <utility>

namespace ta::gl {

template <void (*Delete)(GLuint)>
class Handle {
public:
    Handle() = default;
    explicit Handle(GLuint id) : m_id(id) {}
    ~Handle() { reset(); }
    Handle(Handle&& o) noexcept : m_id(std::exchange(o.m_id, 0)) {}
    Handle& operator=(Handle&& o) noexcept {
        if (this != &o) {
            reset();
            m_id = std::exchange(o.m_id, 0);
        }
        return *this;
    }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;

    GLuint id() const { return m_id; }
    explicit operator bool() const { return m_id != 0; }
    void reset() {
        if (m_id) Delete(m_id);
        m_id = 0;
    }

private:
    GLuint m_id = 0;
};

namespace detail {
inline void deleteBuffer(GLuint id) { glDeleteBuffers(1, &id); }
inline void deleteVertexArray(GLuint id) { glDeleteVertexArrays(1, &id); }
inline void deleteTexture(GLuint id) { glDeleteTextures(1, &id); }
inline void deleteFramebuffer(GLuint id) { glDeleteFramebuffers(1, &id); }
inline void deleteRenderbuffer(GLuint id) { glDeleteRenderbuffers(1, &id); }
inline void deleteProgram(GLuint id) { glDeleteProgram(id); }
inline void deleteShader(GLuint id) { glDeleteShader(id); }
}  // namespace detail

using Buffer = Handle<detail::deleteBuffer>;
using VertexArray = Handle<detail::deleteVertexArray>;
using Texture = Handle<detail::deleteTexture>;
using Framebuffer = Handle<detail::deleteFramebuffer>;
using Renderbuffer = Handle<detail::deleteRenderbuffer>;
using Program = Handle<detail::deleteProgram>;
using Shader = Handle<detail::deleteShader>;

inline Buffer makeBuffer() { GLuint id = 0; glGenBuffers(1, &id); return Buffer(id); }
inline VertexArray makeVertexArray() { GLuint id = 0; glGenVertexArrays(1, &id); return VertexArray(id); }
inline Texture makeTexture() { GLuint id = 0; glGenTextures(1, &id); return Texture(id); }
inline Framebuffer makeFramebuffer() { GLuint id = 0; glGenFramebuffers(1, &id); return Framebuffer(id); }
inline Renderbuffer makeRenderbuffer() { GLuint id = 0; glGenRenderbuffers(1, &id); return Renderbuffer(id); }

}  // namespace ta::gl
