#pragma once
// Which of the corpus's places is under the mouse. Pure: positions in, index out.

#include "camera.hpp"
#include "corpus_layer.hpp"
#include "model.hpp"

namespace ta {

/// The drawn place (one with events) nearest to `mousePx` within `radiusPx`, or -1.
int pickPlace(const corpus::Corpus& corpus, const CorpusGeometry& geometry, const Camera& camera, Vec2 mousePx, double radiusPx);

}  // namespace ta
