#pragma once
// Which labels show, and on which side of their symbol: greedy collision avoidance in priority
// order, in screen space. A pure function of the labels and the zoom bucket, never of the pan
// offset or the viewport, so labels do not flicker while the map is dragged and tiles of a large
// export agree with each other.

#include "scene.hpp"

#include <cstdint>
#include <vector>

namespace ta {

enum class LabelSide : uint8_t { Hidden, Centre, Right, Left, Above, Below };

/// A box in logical pixels relative to the label's anchor, y down.
struct BoxPx {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool overlaps(const BoxPx& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
    BoxPx moved(float dx, float dy) const { return {x0 + dx, y0 + dy, x1 + dx, y1 + dy}; }
    friend bool operator==(const BoxPx&, const BoxPx&) = default;
};

struct PlacementCandidate {
    Vec2 anchor;                  // map metres
    float widthPx = 0;            // the text with its halo
    float heightPx = 0;
    float offsetPx = 0;           // 0: centred on the anchor; >0: gap between the anchor and the box
    bool preferLeft = false;      // try Left before Right (Arabic)
    float priority = 0;           // higher first; ties keep the input order
    ScaleRange scales;            // eligible at zoom buckets whose scale it contains
    bool collides = true;         // false: always placed (Centre), takes no space
    float symbolRadiusPx = 0;     // the symbol it names: must be free too, and taken with the label
};

/// A round symbol labels must not cover (place markers).
struct PlacementObstacle {
    Vec2 anchor;                  // map metres
    float radiusPx = 0;
};

/// A still image's frame (logical pixels): labels given one must lie wholly inside it. Only for
/// one-off images (`render`): it ties placement to the pan, which an interactive map must not do.
struct LabelFrame {
    Vec2 center;                  // map metres at the middle of the image
    double metresPerPixel = 1;
    double widthPx = 0, heightPx = 0;
    std::vector<BoxPx> keepOut;   // what the overlays take (title, legend, scale bar...), frame pixels
    friend bool operator==(const LabelFrame&, const LabelFrame&) = default;
};

/// The label's box for a side, relative to its anchor.
BoxPx labelBox(const PlacementCandidate& label, LabelSide side);

/// Zoom buckets: scales within a factor of 2^(1/kZoomBucketsPerOctave) share one placement, which
/// is free of overlaps at every scale inside the bucket (boxes are tested as they move with the
/// zoom, not at one scale). zoomBucketScale gives the bucket's most zoomed-out scale.
inline constexpr int kZoomBucketsPerOctave = 2;
double zoomBucketScale(double metresPerPixel);

/// One side per candidate (Hidden when it does not fit). Labels beside a symbol try right, left,
/// above, below (left first when preferLeft), first among the sides that cover no symbol at all,
/// then among the rest. A label and its symbol are placed together, so a placed label never covers
/// the symbol of another placed label, while the symbols of unlabelled places (dense clusters) do
/// not block the important names outright. Obstacles are always avoided.
/// Deterministic: the same input gives the same output. With a `frame`, a side whose box would be
/// cut by the image's edge or cover one of its keep-out boxes is skipped like an occupied one.
std::vector<LabelSide> placeLabels(const std::vector<PlacementCandidate>& labels, const std::vector<PlacementObstacle>& obstacles,
                                   double metresPerPixel, const LabelFrame* frame = nullptr);

}  // namespace ta
