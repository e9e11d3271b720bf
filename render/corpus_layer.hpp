#pragma once
// The corpus in the map plane, computed once per corpus: places projected, the zones' schematic
// shapes triangulated, and every flow's arc. Scenes point into it, so building a scene at a new
// date copies no geometry and the renderer re-sends none.

#include "flow_arc.hpp"
#include "model.hpp"
#include "projection.hpp"
#include "scene.hpp"

#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

namespace ta {

struct ZoneShape {
    SharedMesh mesh;        // empty when the zone has no placed members
    SharedRings outline;
};

struct CorpusGeometry {
    std::vector<Vec2> places;      // one per corpus::Corpus::places(), same order
    std::vector<ZoneShape> zones;  // one per corpus::Corpus::zones(), same order
    /// The arc of flow `flow` of event `event`, or null (unknown places).
    const std::shared_ptr<const FlowArc>& arc(uint32_t event, uint32_t flow) const;

    std::unordered_map<uint64_t, std::shared_ptr<const FlowArc>> flowArcs;  // by event << 32 | flow
};

CorpusGeometry projectCorpus(const corpus::Corpus& corpus, const Projection& projection);

}  // namespace ta
