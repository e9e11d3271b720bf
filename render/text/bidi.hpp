#pragma once
// Bidirectional text for one line: FriBiDi's paragraph levels split into directional runs, in the
// order they appear on screen. HarfBuzz shapes each run but does no bidi itself, so without this
// step "2016" inside an Arabic label would come out as "6102".

#include <cstddef>
#include <string>
#include <vector>

namespace ta::text {

struct BidiRun {
    size_t start = 0;   // index into the UTF-32 text (logical order)
    size_t length = 0;
    bool rtl = false;   // shape right to left (odd embedding level)
    friend bool operator==(const BidiRun&, const BidiRun&) = default;
};

/// The runs of `text` in visual order, left to right. The paragraph direction comes from the first
/// strong character (Unicode rule P2), so an Arabic label is right to left as a whole while the
/// numbers and Latin words inside it keep their own order.
std::vector<BidiRun> visualRuns(const std::u32string& text);

/// True if the text's paragraph direction is right to left.
bool isRtlParagraph(const std::u32string& text);

}  // namespace ta::text
