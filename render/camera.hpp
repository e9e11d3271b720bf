#pragma once
// The view onto the map plane: a centre in projected metres and a scale in metres per pixel.
// Pure value type; the window and the headless renderer both use it.

#include "geometry.hpp"

#include <array>

namespace ta {

struct Camera {
    Vec2 center;                   // map metres at the middle of the viewport
    double metresPerPixel = 1000;  // in logical pixels (before the pixel ratio)
    double widthPx = 800, heightPx = 600;  // logical viewport size
    double pixelRatio = 1;         // framebuffer pixels per logical pixel (high-DPI, export scale)

    /// Screen pixels: origin top-left, y down (as mouse positions come).
    Vec2 screenToWorld(Vec2 px) const;
    Vec2 worldToScreen(Vec2 world) const;

    /// Zoom by `factor` (>1 zooms in) keeping the world point under `px` fixed on screen.
    void zoomAbout(Vec2 px, double factor);
    void panByPixels(Vec2 deltaPx);
    void clampScale(double minMetresPerPixel, double maxMetresPerPixel);

    BBox visibleWorld() const;

    /// A camera showing `box` whole in a viewport of the given size, with a margin (fraction of size).
    static Camera fit(const BBox& box, double widthPx, double heightPx, double margin = 0.04);

    /// Column-major 3x3 matrix taking world metres (relative to `origin`) to clip space.
    std::array<float, 9> worldToClip(Vec2 origin = {}) const;
};

/// Linear interpolation between two cameras for animated fly-to (scale interpolated in log space).
Camera interpolate(const Camera& a, const Camera& b, double t);

}  // namespace ta
