#include "label_placement.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace ta {

namespace {

constexpr double kCellPx = 64;

// A box that moves with the zoom: at k pixels per metre its screen position is anchor * k + box
// (screen y down, so the anchor's y is negated). Within a bucket k runs over [kLo, kHi].
struct MovingBox {
    Vec2 anchor;  // (x, -y) in metres
    BoxPx box;
};

// The k in [lo, hi] where a * k + b lies in the open interval (c0, c1): one interval (or none).
bool intervalOfK(double a, double b, double c0, double c1, double& lo, double& hi) {
    if (a == 0) return b > c0 && b < c1;
    double k0 = (c0 - b) / a, k1 = (c1 - b) / a;
    if (k0 > k1) std::swap(k0, k1);
    lo = std::max(lo, k0);
    hi = std::min(hi, k1);
    return lo < hi;
}

// Do two moving boxes overlap at some scale of the bucket? Along each axis the gap between them
// changes linearly with k, so the scales where they overlap form one interval, solved exactly.
bool overlapSomewhere(const MovingBox& p, const MovingBox& q, double kLo, double kHi) {
    double lo = kLo, hi = kHi;
    // x: q.x0 + dq < p.x1 + dp and p.x0 + dp < q.x1 + dq, with d = anchor * k.
    const double ax = q.anchor.x - p.anchor.x, ay = q.anchor.y - p.anchor.y;
    return intervalOfK(ax, 0, p.box.x0 - q.box.x1, p.box.x1 - q.box.x0, lo, hi) &&
           intervalOfK(ay, 0, p.box.y0 - q.box.y1, p.box.y1 - q.box.y0, lo, hi);
}

// Boxes already taken, in a uniform grid over the area each sweeps across the bucket, so each test
// looks at a few neighbours only.
class OccupancyGrid {
public:
    OccupancyGrid(double kLo, double kHi) : m_kLo(kLo), m_kHi(kHi) {}
    bool free(const MovingBox& b) const {
        bool ok = true;
        forCells(b, [&](int64_t key) {
            if (!ok) return;
            if (auto it = m_cells.find(key); it != m_cells.end())
                for (uint32_t i : it->second)
                    if (overlapSomewhere(m_boxes[i], b, m_kLo, m_kHi)) {
                        ok = false;
                        return;
                    }
        });
        return ok;
    }
    void add(const MovingBox& b) {
        const auto index = static_cast<uint32_t>(m_boxes.size());
        m_boxes.push_back(b);
        forCells(b, [&](int64_t key) { m_cells[key].push_back(index); });
    }

private:
    template <class F>
    void forCells(const MovingBox& b, F&& f) const {
        // The swept area is inside the bounding box of the box at both ends of the bucket.
        const double x0 = std::min(b.anchor.x * m_kLo, b.anchor.x * m_kHi) + b.box.x0;
        const double x1 = std::max(b.anchor.x * m_kLo, b.anchor.x * m_kHi) + b.box.x1;
        const double y0 = std::min(b.anchor.y * m_kLo, b.anchor.y * m_kHi) + b.box.y0;
        const double y1 = std::max(b.anchor.y * m_kLo, b.anchor.y * m_kHi) + b.box.y1;
        const auto cx0 = static_cast<int64_t>(std::floor(x0 / kCellPx)), cx1 = static_cast<int64_t>(std::floor(x1 / kCellPx));
        const auto cy0 = static_cast<int64_t>(std::floor(y0 / kCellPx)), cy1 = static_cast<int64_t>(std::floor(y1 / kCellPx));
        for (int64_t y = cy0; y <= cy1; ++y)
            for (int64_t x = cx0; x <= cx1; ++x) f((y << 32) ^ (x & 0xffffffff));
    }
    double m_kLo, m_kHi;
    std::vector<MovingBox> m_boxes;
    std::unordered_map<int64_t, std::vector<uint32_t>> m_cells;
};

// Does `box`, beside `anchor`, lie wholly inside the frame (at the frame's own scale)?
bool insideFrame(const LabelFrame& f, Vec2 anchor, const BoxPx& box) {
    const double x = (anchor.x - f.center.x) / f.metresPerPixel + f.widthPx / 2;
    const double y = -(anchor.y - f.center.y) / f.metresPerPixel + f.heightPx / 2;
    if (!(x + box.x0 >= 0 && y + box.y0 >= 0 && x + box.x1 <= f.widthPx && y + box.y1 <= f.heightPx)) return false;
    const BoxPx onFrame = box.moved(static_cast<float>(x), static_cast<float>(y));
    return std::none_of(f.keepOut.begin(), f.keepOut.end(), [&](const BoxPx& k) { return k.overlaps(onFrame); });
}

}  // namespace

BoxPx labelBox(const PlacementCandidate& l, LabelSide side) {
    const float w = l.widthPx, h = l.heightPx, d = l.offsetPx;
    switch (side) {
        case LabelSide::Right: return {d, -h / 2, d + w, h / 2};
        case LabelSide::Left: return {-d - w, -h / 2, -d, h / 2};
        case LabelSide::Above: return {-w / 2, -d - h, w / 2, -d};
        case LabelSide::Below: return {-w / 2, d, w / 2, d + h};
        case LabelSide::Centre: return {-w / 2, -h / 2, w / 2, h / 2};
        case LabelSide::Hidden: break;
    }
    return {};
}

double zoomBucketScale(double metresPerPixel) {
    if (!(metresPerPixel > 0)) return 1;
    const double bucket = std::ceil(std::log2(metresPerPixel) * kZoomBucketsPerOctave - 1e-9);
    return std::exp2(bucket / kZoomBucketsPerOctave);
}

std::vector<LabelSide> placeLabels(const std::vector<PlacementCandidate>& labels, const std::vector<PlacementObstacle>& obstacles,
                                   double metresPerPixel, const LabelFrame* frame) {
    // Every scale of the bucket, (scale / 2^(1/n), scale], in pixels per metre; no pan offset.
    const double scale = zoomBucketScale(metresPerPixel);
    const double kLo = 1 / scale, kHi = std::exp2(1.0 / kZoomBucketsPerOctave) / scale;
    auto moving = [](Vec2 world) { return Vec2{world.x, -world.y}; };

    std::vector<LabelSide> sides(labels.size(), LabelSide::Hidden);
    OccupancyGrid grid(kLo, kHi);
    // Every place symbol, named or not: a name avoids covering one when some side allows it, and
    // covers an unnamed one (under its halo) only when that is the name's last chance.
    OccupancyGrid symbols(kLo, kHi);
    for (const PlacementCandidate& l : labels)
        if (l.collides && l.symbolRadiusPx > 0) {
            const float r = l.symbolRadiusPx;
            symbols.add({moving(l.anchor), {-r, -r, r, r}});
        }
    for (const PlacementObstacle& o : obstacles) grid.add({moving(o.anchor), {-o.radiusPx, -o.radiusPx, o.radiusPx, o.radiusPx}});
    std::vector<size_t> order(labels.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return labels[a].priority > labels[b].priority; });

    static constexpr LabelSide kRightFirst[] = {LabelSide::Right, LabelSide::Left, LabelSide::Above, LabelSide::Below};
    static constexpr LabelSide kLeftFirst[] = {LabelSide::Left, LabelSide::Right, LabelSide::Above, LabelSide::Below};
    static constexpr LabelSide kCentreOnly[] = {LabelSide::Centre};
    for (size_t i : order) {
        const PlacementCandidate& l = labels[i];
        if (!l.collides) {
            sides[i] = LabelSide::Centre;
            continue;
        }
        if (!l.scales.contains(scale)) continue;
        const float r = l.symbolRadiusPx;
        const MovingBox symbol{moving(l.anchor), {-r, -r, r, r}};
        if (r > 0 && !grid.free(symbol)) continue;  // another name already covers this symbol
        const LabelSide* first = l.offsetPx > 0 ? (l.preferLeft ? kLeftFirst : kRightFirst) : kCentreOnly;
        const size_t count = l.offsetPx > 0 ? 4 : 1;
        for (int pass = 0; pass < 2 && sides[i] == LabelSide::Hidden; ++pass) {
            for (size_t k = 0; k < count; ++k) {
                const MovingBox box{moving(l.anchor), labelBox(l, first[k])};
                if (frame && !insideFrame(*frame, l.anchor, box.box)) continue;
                if (pass == 0 && !symbols.free(box)) continue;
                if (grid.free(box)) {
                    grid.add(box);
                    if (r > 0) grid.add(symbol);
                    sides[i] = first[k];
                    break;
                }
            }
        }
    }
    return sides;
}

}  // namespace ta
