#include "corpus_layer.hpp"

namespace ta {

CorpusGeometry projectCorpus(const corpus::Corpus& corpus, const Projection& projection) {
    CorpusGeometry g;
    g.places.reserve(corpus.places().size());
    for (const corpus::Place& p : corpus.places()) g.places.push_back(projection.forward({p.lon, p.lat}));
    return g;
}

}  // namespace ta
