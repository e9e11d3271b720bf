#include "headless_context.hpp"

#include "error.hpp"

#include <glad/gl.h>

#include <EGL/egl.h>
#include <EGL/eglext.h>

#include <cstdio>
#include <cstring>
#include <vector>

namespace ta {

struct HeadlessContext::Impl {
    EGLDisplay display = EGL_NO_DISPLAY;
    EGLContext context = EGL_NO_CONTEXT;
    // The display is not terminated: EGL hands every caller the same display for a platform, so
    // terminating it would break the other headless contexts of the process (tests hold several).
    ~Impl() {
        if (display == EGL_NO_DISPLAY || context == EGL_NO_CONTEXT) return;
        if (eglGetCurrentContext() == context) eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
        eglDestroyContext(display, context);
    }
};

namespace {

std::string eglErrorText() {
    char text[32];
    std::snprintf(text, sizeof text, "EGL error 0x%04X", static_cast<unsigned>(eglGetError()));
    return text;
}

bool hasExtension(const char* list, const char* name) {
    if (!list) return false;
    const size_t n = std::strlen(name);
    for (const char* p = std::strstr(list, name); p; p = std::strstr(p + 1, name))
        if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0')) return true;
    return false;
}

// Tries one display: initialise, pick a config, create a 3.3 core context, make it current.
bool tryDisplay(EGLDisplay dpy, HeadlessContext::Impl& impl, std::string& why) {
    if (dpy == EGL_NO_DISPLAY) {
        why = "no display";
        return false;
    }
    EGLint major = 0, minor = 0;
    if (!eglInitialize(dpy, &major, &minor)) {
        why = "eglInitialize failed (" + eglErrorText() + ")";
        return false;
    }
    if (!eglBindAPI(EGL_OPENGL_API)) {
        why = "no desktop OpenGL API";
        eglTerminate(dpy);
        return false;
    }
    const EGLint configAttribs[] = {EGL_SURFACE_TYPE, EGL_PBUFFER_BIT, EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_NONE};
    EGLConfig config = nullptr;
    EGLint count = 0;
    if (!eglChooseConfig(dpy, configAttribs, &config, 1, &count) || count == 0) {
        // Surfaceless contexts need no pbuffer-capable config.
        const EGLint anyAttribs[] = {EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_NONE};
        if (!eglChooseConfig(dpy, anyAttribs, &config, 1, &count) || count == 0) {
            why = "no OpenGL-capable EGL config";
            eglTerminate(dpy);
            return false;
        }
    }
    const EGLint contextAttribs[] = {EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 3,
                                     EGL_CONTEXT_OPENGL_PROFILE_MASK, EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT, EGL_NONE};
    EGLContext ctx = eglCreateContext(dpy, config, EGL_NO_CONTEXT, contextAttribs);
    if (ctx == EGL_NO_CONTEXT) {
        why = "cannot create an OpenGL 3.3 core context";
        eglTerminate(dpy);
        return false;
    }
    if (!eglMakeCurrent(dpy, EGL_NO_SURFACE, EGL_NO_SURFACE, ctx)) {
        why = "cannot make the context current without a surface (EGL_KHR_surfaceless_context missing)";
        eglDestroyContext(dpy, ctx);
        eglTerminate(dpy);
        return false;
    }
    impl.display = dpy;
    impl.context = ctx;
    return true;
}

}  // namespace

HeadlessContext::HeadlessContext() : m_impl(std::make_unique<Impl>()) {
    const char* clientExts = eglQueryString(EGL_NO_DISPLAY, EGL_EXTENSIONS);
    auto getPlatformDisplay = reinterpret_cast<PFNEGLGETPLATFORMDISPLAYEXTPROC>(eglGetProcAddress("eglGetPlatformDisplayEXT"));
    std::string tried;
    std::string why;

    if (getPlatformDisplay && hasExtension(clientExts, "EGL_MESA_platform_surfaceless")) {
        if (tryDisplay(getPlatformDisplay(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr), *m_impl, why))
            m_platform = "surfaceless";
        else
            tried += "\n  Mesa surfaceless: " + why;
    }
    if (m_platform.empty() && getPlatformDisplay && hasExtension(clientExts, "EGL_EXT_platform_device")) {
        auto queryDevices = reinterpret_cast<PFNEGLQUERYDEVICESEXTPROC>(eglGetProcAddress("eglQueryDevicesEXT"));
        EGLint n = 0;
        if (queryDevices && queryDevices(0, nullptr, &n) && n > 0) {
            std::vector<EGLDeviceEXT> devices(static_cast<size_t>(n));
            queryDevices(n, devices.data(), &n);
            for (EGLint i = 0; i < n && m_platform.empty(); ++i) {
                if (tryDisplay(getPlatformDisplay(EGL_PLATFORM_DEVICE_EXT, devices[static_cast<size_t>(i)], nullptr), *m_impl, why))
                    m_platform = "device";
                else
                    tried += "\n  EGL device " + std::to_string(i) + ": " + why;
            }
        } else {
            tried += "\n  EGL device platform: no devices";
        }
    }
    if (m_platform.empty()) {
        if (tryDisplay(eglGetDisplay(EGL_DEFAULT_DISPLAY), *m_impl, why))
            m_platform = "default";
        else
            tried += "\n  default display: " + why;
    }
    if (m_platform.empty())
        throw Error("EGL", "no usable OpenGL 3.3 core context for headless rendering; tried:" + tried +
                               "\nOn Debian install libegl-mesa0 and libgl1-mesa-dri (scripts/install-deps).");
    if (!gladLoadGL(reinterpret_cast<GLADloadfunc>(eglGetProcAddress)))
        throw Error("EGL", "cannot load OpenGL functions through eglGetProcAddress");
    GLint major = 0, minor = 0;
    glGetIntegerv(GL_MAJOR_VERSION, &major);
    glGetIntegerv(GL_MINOR_VERSION, &minor);
    if (major * 10 + minor < 33)
        throw Error("EGL", "OpenGL " + std::to_string(major) + "." + std::to_string(minor) + " context; 3.3 or newer is needed");
}

HeadlessContext::~HeadlessContext() = default;

void HeadlessContext::makeCurrent() const {
    if (eglGetCurrentContext() == m_impl->context) return;
    if (!eglMakeCurrent(m_impl->display, EGL_NO_SURFACE, EGL_NO_SURFACE, m_impl->context))
        throw Error("EGL: cannot make the headless context current again (" + eglErrorText() + ")");
}

std::string HeadlessContext::glRenderer() const {
    const auto* s = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    return s ? s : "";
}

std::string HeadlessContext::glVersion() const {
    const auto* s = reinterpret_cast<const char*>(glGetString(GL_VERSION));
    return s ? s : "";
}

}  // namespace ta
