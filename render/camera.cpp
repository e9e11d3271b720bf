#include "camera.hpp"

#include <algorithm>
#include <cmath>

namespace ta {

Vec2 Camera::screenToWorld(Vec2 px) const {
    return {center.x + (px.x - widthPx / 2) * metresPerPixel, center.y - (px.y - heightPx / 2) * metresPerPixel};
}

Vec2 Camera::worldToScreen(Vec2 w) const {
    return {(w.x - center.x) / metresPerPixel + widthPx / 2, heightPx / 2 - (w.y - center.y) / metresPerPixel};
}

void Camera::zoomAbout(Vec2 px, double factor) {
    const Vec2 anchor = screenToWorld(px);
    metresPerPixel /= factor;
    // Move the centre so that `anchor` lands back under `px`.
    const Vec2 moved = screenToWorld(px);
    center = center + (anchor - moved);
}

void Camera::panByPixels(Vec2 d) { center = {center.x - d.x * metresPerPixel, center.y + d.y * metresPerPixel}; }

void Camera::clampScale(double lo, double hi) { metresPerPixel = std::clamp(metresPerPixel, lo, hi); }

BBox Camera::visibleWorld() const {
    BBox b;
    b.extend(screenToWorld({0, 0}));
    b.extend(screenToWorld({widthPx, heightPx}));
    return b;
}

Camera Camera::fit(const BBox& box, double w, double h, double margin) {
    Camera c;
    c.widthPx = w;
    c.heightPx = h;
    c.center = box.center();
    const double usableW = w * (1 - 2 * margin), usableH = h * (1 - 2 * margin);
    c.metresPerPixel = std::max(box.width() / std::max(usableW, 1.0), box.height() / std::max(usableH, 1.0));
    if (!(c.metresPerPixel > 0)) c.metresPerPixel = 1000;
    return c;
}

std::array<float, 9> Camera::worldToClip(Vec2 origin) const {
    const double sx = 2.0 / (widthPx * metresPerPixel);
    const double sy = 2.0 / (heightPx * metresPerPixel);
    const double tx = (origin.x - center.x) * sx;
    const double ty = (origin.y - center.y) * sy;
    return {static_cast<float>(sx), 0, 0, 0, static_cast<float>(sy), 0, static_cast<float>(tx), static_cast<float>(ty), 1};
}

Camera interpolate(const Camera& a, const Camera& b, double t) {
    Camera c = b;
    c.center = a.center + (b.center - a.center) * t;
    c.metresPerPixel = std::exp(std::log(a.metresPerPixel) + (std::log(b.metresPerPixel) - std::log(a.metresPerPixel)) * t);
    return c;
}

}  // namespace ta
