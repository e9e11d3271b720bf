#pragma once
// An OpenGL 3.3 core context without a window or X server, through EGL. The platform is chosen at
// run time: Mesa's surfaceless platform (llvmpipe in CI), else the EGL device platform (NVIDIA),
// else the default display (an X server when DISPLAY is set).

#include <memory>
#include <string>

namespace ta {

class HeadlessContext {
public:
    /// Creates and makes current a GL 3.3 core context; loads GL with glad. Throws ta::Error with
    /// what was tried when no platform gives a usable context.
    HeadlessContext();
    ~HeadlessContext();
    HeadlessContext(const HeadlessContext&) = delete;
    HeadlessContext& operator=(const HeadlessContext&) = delete;

    /// Makes this context current on the calling thread (after another one was).
    void makeCurrent() const;

    const std::string& platform() const { return m_platform; }  // "surfaceless", "device", "default"
    std::string glRenderer() const;
    std::string glVersion() const;

    struct Impl;  // EGL display and context (public so the .cpp's helpers can fill it)

private:
    std::unique_ptr<Impl> m_impl;
    std::string m_platform;
};

}  // namespace ta
