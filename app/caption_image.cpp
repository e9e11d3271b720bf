#include "caption_image.hpp"

#include <algorithm>
#include <cmath>

namespace ta {

namespace {

// Proportions of the frame height, chosen to read on a projected slide from the back of a room.
constexpr double kHeadingPx = 0.050, kBodyPx = 0.030, kMargin = 0.035, kPadding = 0.022, kLineGap = 0.35;
constexpr double kMaxWidth = 0.62;  // of the frame width
const Rgba kPanel{0.07f, 0.08f, 0.10f, 0.72f};
const Rgba kHeadingColor{1.f, 1.f, 1.f, 1.f};
const Rgba kBodyColor{0.90f, 0.92f, 0.95f, 1.f};

void fillRoundedRect(Image& image, double radius, Rgba color) {
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x) {
            // Distance outside the rounded corner's circle gives the coverage (anti-aliased edge).
            const double cx = std::clamp(x + 0.5, radius, image.width - radius), cy = std::clamp(y + 0.5, radius, image.height - radius);
            const double d = std::hypot(x + 0.5 - cx, y + 0.5 - cy);
            const float coverage = static_cast<float>(std::clamp(radius - d + 0.5, 0.0, 1.0));
            const float a = color.a * coverage;
            uint8_t* p = &image.rgba[(static_cast<size_t>(y) * image.width + x) * 4];
            p[0] = static_cast<uint8_t>(std::lround(color.r * a * 255));
            p[1] = static_cast<uint8_t>(std::lround(color.g * a * 255));
            p[2] = static_cast<uint8_t>(std::lround(color.b * a * 255));
            p[3] = static_cast<uint8_t>(std::lround(a * 255));
        }
}

}  // namespace

CaptionImage renderCaption(CaptionText& text, const Caption& caption, int frameW, int frameH) {
    const int headingPx = std::max(10, static_cast<int>(std::lround(frameH * kHeadingPx)));
    const int bodyPx = std::max(8, static_cast<int>(std::lround(frameH * kBodyPx)));
    const int margin = static_cast<int>(std::lround(frameH * kMargin));
    const int padding = static_cast<int>(std::lround(frameH * kPadding));
    const int maxText = static_cast<int>(frameW * kMaxWidth) - 2 * padding;

    const std::vector<std::string> body = caption.body.empty() ? std::vector<std::string>{}
                                                               : text.wrap(caption.body, bodyPx, false, caption.rtl, maxText);
    int textW = text.measure(caption.heading, headingPx, true, caption.rtl);
    for (const std::string& line : body) textW = std::max(textW, text.measure(line, bodyPx, false, caption.rtl));
    textW = std::min(textW, std::max(maxText, 1));
    const int headingLine = static_cast<int>(std::lround(headingPx * 1.25));
    const int bodyLine = static_cast<int>(std::lround(bodyPx * 1.35));
    const int gap = body.empty() ? 0 : static_cast<int>(std::lround(bodyPx * kLineGap));

    CaptionImage out;
    out.image.width = std::min(textW + 2 * padding, frameW);
    out.image.height = std::min(headingLine + gap + bodyLine * static_cast<int>(body.size()) + 2 * padding, frameH);
    out.image.rgba.assign(static_cast<size_t>(out.image.width) * out.image.height * 4, 0);
    fillRoundedRect(out.image, padding * 0.6, kPanel);

    // Each line is aligned to the panel's reading start: left for English, right for Arabic.
    auto lineX = [&](int lineW) { return caption.rtl ? out.image.width - padding - lineW : padding; };
    // Baselines sit one em below each line's top (Noto's ascent is close to its em).
    text.draw(out.image, lineX(text.measure(caption.heading, headingPx, true, caption.rtl)), padding + headingPx, caption.heading,
              headingPx, true, caption.rtl, kHeadingColor);
    int top = padding + headingLine + gap;
    for (const std::string& line : body) {
        text.draw(out.image, lineX(text.measure(line, bodyPx, false, caption.rtl)), top + bodyPx, line, bodyPx, false, caption.rtl,
                  kBodyColor);
        top += bodyLine;
    }
    // Upper right in both languages: with all of Syria in view that corner holds Turkey and the
    // empty north-east, while the lower right holds the map's legend and the lower left Damascus,
    // Daraa and Quneitra, the scale bar and the attribution line. The title overlay, off in
    // recordings, would take this corner in Arabic.
    out.x = frameW - margin - out.image.width;
    out.y = margin;
    out.x = std::max(out.x, 0);
    out.y = std::max(out.y, 0);
    return out;
}

}  // namespace ta
