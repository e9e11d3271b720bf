#pragma once
// The corpus's places in the map plane, projected once per corpus; scenes index into it.

#include "model.hpp"
#include "projection.hpp"

#include <vector>

namespace ta {

struct CorpusGeometry {
    std::vector<Vec2> places;  // one per corpus::Corpus::places(), same order
};

CorpusGeometry projectCorpus(const corpus::Corpus& corpus, const Projection& projection);

}  // namespace ta
