#pragma once
// Lines of text drawn into images for burned-in captions: FriBiDi orders the line (Arabic right to
// left, numbers and Latin left to right), HarfBuzz shapes each run in its font (Noto Sans Arabic
// for Arabic letters, Noto Sans for the rest), FreeType rasterises the glyphs. A small, self-contained
// path until the renderer's own text engine takes over the captions.

#include "image.hpp"
#include "scene.hpp"

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace ta {

class CaptionText {
public:
    /// Loads the fonts; throws ta::Error naming a missing font file (install fonts-noto-core).
    CaptionText();
    ~CaptionText();
    CaptionText(const CaptionText&) = delete;
    CaptionText& operator=(const CaptionText&) = delete;

    /// Width in pixels of one line at `px` pixels per em.
    int measure(std::string_view utf8, int px, bool bold, bool rtl);
    /// Draws one line with its left end at `x` and its baseline at `baselineY` (premultiplied
    /// over whatever `image` holds).
    void draw(Image& image, int x, int baselineY, std::string_view utf8, int px, bool bold, bool rtl, Rgba color);
    /// Greedy word wrap: lines no wider than `maxWidth` (a single over-long word stays whole).
    std::vector<std::string> wrap(std::string_view utf8, int px, bool bold, bool rtl, int maxWidth);

    struct Impl;

private:
    std::unique_ptr<Impl> m_impl;
};

}  // namespace ta
