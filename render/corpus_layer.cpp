#include "corpus_layer.hpp"

#include "schematic_zone.hpp"
#include "triangulate.hpp"

namespace ta {

namespace {

uint64_t flowKey(uint32_t event, uint32_t flow) { return static_cast<uint64_t>(event) << 32 | flow; }

ZoneShape zoneShape(const corpus::Corpus& corpus, const corpus::Zone& zone, const std::vector<Vec2>& places) {
    std::vector<Vec2> members;
    for (const std::string& id : zone.places)
        if (const int i = corpus.placeIndex(id); i >= 0) members.push_back(places[static_cast<size_t>(i)]);
    const std::vector<Polygon> polygons = schematicZone(members, zone.bufferKm * 1000);
    ZoneShape shape;
    auto mesh = std::make_shared<TriangleMesh>();
    auto rings = std::make_shared<std::vector<Ring>>();
    for (const Polygon& p : polygons) {
        triangulate(p, *mesh);
        rings->push_back(p.outer);
        for (const Ring& h : p.holes) rings->push_back(h);
    }
    shape.mesh = std::move(mesh);
    shape.outline = std::move(rings);
    return shape;
}

}  // namespace

const std::shared_ptr<const FlowArc>& CorpusGeometry::arc(uint32_t event, uint32_t flow) const {
    static const std::shared_ptr<const FlowArc> none;
    const auto it = flowArcs.find(flowKey(event, flow));
    return it == flowArcs.end() ? none : it->second;
}

CorpusGeometry projectCorpus(const corpus::Corpus& corpus, const Projection& projection) {
    CorpusGeometry g;
    g.places.reserve(corpus.places().size());
    for (const corpus::Place& p : corpus.places()) g.places.push_back(projection.forward({p.lon, p.lat}));
    for (const corpus::Zone& z : corpus.zones()) g.zones.push_back(zoneShape(corpus, z, g.places));
    for (const corpus::Corpus::FlowRef& ref : corpus.flows()) {
        const corpus::Flow& flow = corpus.events()[ref.event].flows[ref.flow];
        const int from = corpus.placeIndex(flow.from), to = corpus.placeIndex(flow.to);
        if (from < 0 || to < 0) continue;
        g.flowArcs[flowKey(ref.event, ref.flow)] =
            std::make_shared<const FlowArc>(flowArc(g.places[static_cast<size_t>(from)], g.places[static_cast<size_t>(to)]));
    }
    return g;
}

}  // namespace ta
