#include "exporter.hpp"

#include <nlohmann/json.hpp>

namespace ta::corpus {

using Json = nlohmann::ordered_json;

namespace {

Json point(const Place& p) { return {{"type", "Point"}, {"coordinates", {p.lon, p.lat}}}; }

}  // namespace

std::string exportGeoJson(const Corpus& corpus) {
    Json features = Json::array();
    for (size_t i = 0; i < corpus.places().size(); ++i) {
        const Place& p = corpus.places()[i];
        Json events = Json::array();
        for (uint32_t e : corpus.eventsOfPlace(i)) {
            const Event& ev = corpus.events()[e];
            events.push_back({{"id", ev.id}, {"date", ev.date.iso()}, {"kind", ev.kind}, {"title_en", ev.titleEn}, {"title_ar", ev.titleAr}});
        }
        Json props{{"feature", "place"}, {"id", p.id}, {"name_en", p.nameEn}, {"name_ar", p.nameAr}, {"kind", p.kind},
                   {"governorate", p.governorate}, {"position", p.position}, {"event_count", events.size()}, {"events", events}};
        features.push_back({{"type", "Feature"}, {"id", p.id}, {"geometry", point(p)}, {"properties", props}});
    }
    for (const Corpus::FlowRef& ref : corpus.flows()) {
        const Event& e = corpus.events()[ref.event];
        const Flow& f = e.flows[ref.flow];
        const Place* from = corpus.findPlace(f.from);
        const Place* to = corpus.findPlace(f.to);
        if (!from || !to) continue;
        Json props{{"feature", "flow"}, {"event", e.id}, {"case", e.caseN ? Json(e.caseN) : Json(nullptr)},
                   {"from", f.from}, {"to", f.to}, {"who", f.who}, {"count", f.count ? Json(*f.count) : Json(nullptr)},
                   {"date", f.date ? f.date->iso() : e.date.iso()}, {"day", formatIsoDay(ref.day)}};
        Json geometry{{"type", "LineString"}, {"coordinates", {{from->lon, from->lat}, {to->lon, to->lat}}}};
        features.push_back({{"type", "Feature"}, {"geometry", geometry}, {"properties", props}});
    }
    Json root{{"type", "FeatureCollection"}, {"features", features}};
    return root.dump(2) + "\n";
}

}  // namespace ta::corpus
