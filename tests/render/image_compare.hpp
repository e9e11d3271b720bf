#pragma once
// Image comparison for golden tests, after MapLibre's render-test runner: a per-pixel colour
// distance threshold (YIQ, as pixelmatch) and an allowed fraction of pixels over it.

#include "image.hpp"

namespace ta::test {

struct Comparison {
    size_t differing = 0;   // pixels whose distance exceeds the threshold
    double fraction = 0;    // differing / total
    Image diff;             // differing pixels red over a faded copy of `expected`
    bool sizeMismatch = false;
};

/// `threshold` in 0..1 of the largest possible YIQ distance (pixelmatch's default is 0.1).
Comparison compareImages(const Image& actual, const Image& expected, double threshold);

}  // namespace ta::test
