#include "vector_loader.hpp"

#include "error.hpp"
#include "gdal_handles.hpp"

#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include <filesystem>
#include <memory>
#include <mutex>

namespace ta {

void ensureGdalRegistered() {
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

LayerSpec LayerSpec::parse(const std::string& text) {
    std::error_code ec;
    if (std::filesystem::exists(text, ec) || (text.rfind("/vsi", 0) == 0 && text.find(':') == std::string::npos))
        return {text, ""};
    const size_t colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == text.size()) return {text, ""};
    const std::string head = text.substr(0, colon);
    const std::string tail = text.substr(colon + 1);
    if (tail.find('/') != std::string::npos) return {text, ""};  // the colon belongs to the path
    return {head, tail};
}

namespace {

int findField(const OGRFeatureDefn& defn, std::initializer_list<const char*> candidates, const std::string& forced,
              const std::string& where) {
    if (!forced.empty()) {
        const int i = defn.GetFieldIndex(forced.c_str());
        if (i < 0) throw Error(where, "no field named '" + forced + "'");
        return i;
    }
    for (const char* c : candidates) {
        const int i = defn.GetFieldIndex(c);
        if (i >= 0) return i;
    }
    return -1;
}

Ring toRing(const OGRSimpleCurve& curve) {
    Ring ring;
    const int n = curve.getNumPoints();
    ring.reserve(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) ring.push_back({curve.getX(i), curve.getY(i)});
    if (ring.size() > 1 && ring.front() == ring.back()) ring.pop_back();
    return ring;
}

void appendGeometry(const OGRGeometry& geom, Feature& out) {
    switch (wkbFlatten(geom.getGeometryType())) {
        case wkbPolygon: {
            const auto& poly = *geom.toPolygon();
            if (poly.IsEmpty() || !poly.getExteriorRing()) return;
            Polygon p;
            p.outer = toRing(*poly.getExteriorRing());
            for (int i = 0; i < poly.getNumInteriorRings(); ++i) p.holes.push_back(toRing(*poly.getInteriorRing(i)));
            if (p.outer.size() >= 3) out.polygons.push_back(std::move(p));
            return;
        }
        case wkbLineString: {
            Ring line = toRing(*geom.toLineString());
            if (line.size() >= 2) out.lines.push_back(std::move(line));
            return;
        }
        case wkbPoint: {
            const auto& pt = *geom.toPoint();
            if (!pt.IsEmpty()) out.points.push_back({pt.getX(), pt.getY()});
            return;
        }
        case wkbMultiPolygon:
        case wkbMultiLineString:
        case wkbMultiPoint:
        case wkbGeometryCollection: {
            for (const OGRGeometry* part : *geom.toGeometryCollection()) appendGeometry(*part, out);
            return;
        }
        default: {
            // Curves, TINs, surfaces: linearise through OGR and try again.
            std::unique_ptr<OGRGeometry> linear(geom.getLinearGeometry());
            if (linear && wkbFlatten(linear->getGeometryType()) != wkbFlatten(geom.getGeometryType()))
                appendGeometry(*linear, out);
            return;
        }
    }
}

}  // namespace

VectorLayer loadVectorLayer(const LayerSpec& spec, const Projection& projection, const LoadOptions& options) {
    ensureGdalRegistered();
    const std::string where = spec.display();
    std::error_code ec;
    if (spec.path.rfind("/vsi", 0) != 0 && !std::filesystem::exists(spec.path, ec))
        throw Error(spec.path, "no such file");

    GdalMessageCollector messages;
    GDALDatasetUniquePtr ds(GDALDataset::Open(spec.path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds) {
        const std::string why = messages.last();
        throw Error(spec.path, "cannot open as a vector data source" + (why.empty() ? std::string() : " (" + why + ")"));
    }
    OGRLayer* layer = nullptr;
    if (spec.layer.empty()) {
        if (ds->GetLayerCount() == 0) throw Error(spec.path, "holds no vector layer");
        layer = ds->GetLayer(0);
    } else {
        layer = ds->GetLayerByName(spec.layer.c_str());
        if (!layer) {
            std::string names;
            for (int i = 0; i < ds->GetLayerCount(); ++i) names += (i ? ", " : "") + std::string(ds->GetLayer(i)->GetName());
            throw Error(spec.path, "no layer named '" + spec.layer + "' (layers: " + names + ")");
        }
    }

    VectorLayer out;
    out.source = where;
    out.layerName = layer->GetName();
    OGRFeatureDefn& defn = *layer->GetLayerDefn();
    for (int i = 0; i < defn.GetFieldCount(); ++i) out.fieldNames.push_back(defn.GetFieldDefn(i)->GetNameRef());
    const int nameIdx = findField(defn, {"ADM4_EN", "ADM3_EN", "ADM2_EN", "ADM1_EN", "ADM0_EN", "shapeName", "name_en",
                                         "NAME_EN", "name", "NAME", "NAME_3", "NAME_2", "NAME_1", "NAME_0"},
                                  options.nameField, where);
    const int nameArIdx = findField(defn, {"ADM4_AR", "ADM3_AR", "ADM2_AR", "ADM1_AR", "ADM0_AR", "name_ar", "NAME_AR"},
                                    options.nameArField, where);
    const int idIdx = findField(defn, {"ADM4_PCODE", "ADM3_PCODE", "ADM2_PCODE", "ADM1_PCODE", "ADM0_PCODE", "shapeID",
                                       "ISO_A3", "adm1_code", "GID_3", "GID_2", "GID_1", "GID_0", "id"},
                                options.idField, where);
    if (nameIdx >= 0) out.nameField = defn.GetFieldDefn(nameIdx)->GetNameRef();
    if (nameArIdx >= 0) out.nameArField = defn.GetFieldDefn(nameArIdx)->GetNameRef();
    if (idIdx >= 0) out.idField = defn.GetFieldDefn(idIdx)->GetNameRef();

    if (!options.attributeFilter.empty() && layer->SetAttributeFilter(options.attributeFilter.c_str()) != OGRERR_NONE)
        throw Error(where, "bad attribute filter '" + options.attributeFilter + "': " + messages.last());

    // Source CRS -> map plane, always in traditional GIS axis order (x = longitude / easting).
    std::unique_ptr<OGRSpatialReference> sourceSrs;
    if (const OGRSpatialReference* srs = layer->GetSpatialRef()) {
        sourceSrs.reset(srs->Clone());
    } else {
        sourceSrs = std::make_unique<OGRSpatialReference>();
        sourceSrs->SetWellKnownGeogCS("WGS84");
        out.warnings.push_back(where + ": no coordinate reference system; assuming WGS84 longitude/latitude");
    }
    sourceSrs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> toMap(OGRCreateCoordinateTransformation(sourceSrs.get(), &projection.srs()));
    if (!toMap) throw Error(where, "cannot transform its coordinate reference system to the map's: " + messages.last());

    std::optional<BBox> mapFilter;
    if (options.lonLatFilter) {
        const BBox& f = *options.lonLatFilter;
        mapFilter = projection.forward(f.minX, f.minY, f.maxX, f.maxY);
        if (sourceSrs->IsGeographic()) layer->SetSpatialFilterRect(f.minX, f.minY, f.maxX, f.maxY);
    }

    layer->ResetReading();
    for (auto& feature : *layer) {
        OGRGeometry* geom = feature->GetGeometryRef();
        const GIntBig fid = feature->GetFID();
        Feature f;
        if (nameIdx >= 0) f.nameEn = feature->GetFieldAsString(nameIdx);
        if (nameArIdx >= 0) f.nameAr = feature->GetFieldAsString(nameArIdx);
        f.id = idIdx >= 0 ? feature->GetFieldAsString(idIdx) : (f.nameEn.empty() ? std::to_string(fid) : f.nameEn);
        const std::string label = where + ": feature " + std::to_string(fid) + (f.nameEn.empty() ? "" : " (" + f.nameEn + ")");
        if (!geom || geom->IsEmpty()) {
            out.warnings.push_back(label + ": no geometry, skipped");
            continue;
        }
        std::unique_ptr<OGRGeometry> repaired;
        const auto type = wkbFlatten(geom->getGeometryType());
        if ((type == wkbPolygon || type == wkbMultiPolygon) && !geom->IsValid()) {
            repaired.reset(geom->MakeValid());
            if (!repaired) {
                out.warnings.push_back(label + ": invalid geometry that GEOS could not repair, skipped");
                continue;
            }
            out.warnings.push_back(label + ": invalid geometry repaired");
            geom = repaired.get();
        }
        if (geom->transform(toMap.get()) != OGRERR_NONE) {
            out.warnings.push_back(label + ": coordinates cannot be transformed to the map, skipped");
            continue;
        }
        appendGeometry(*geom, f);
        for (const Polygon& p : f.polygons)
            for (Vec2 v : p.outer) f.bounds.extend(v);
        for (const Ring& l : f.lines)
            for (Vec2 v : l) f.bounds.extend(v);
        for (Vec2 v : f.points) f.bounds.extend(v);
        if (f.bounds.empty()) {
            out.warnings.push_back(label + ": empty after conversion, skipped");
            continue;
        }
        if (!std::isfinite(f.bounds.minX) || std::abs(f.bounds.minX) > 4e7 || std::abs(f.bounds.maxY) > 4e7) {
            out.warnings.push_back(label + ": absurd coordinates, skipped");
            continue;
        }
        if (mapFilter && !mapFilter->intersects(f.bounds)) continue;
        out.bounds.extend(f.bounds);
        out.features.push_back(std::move(f));
    }
    if (out.features.empty()) throw Error(where, "no usable features" + (options.attributeFilter.empty() ? std::string() : " matching " + options.attributeFilter));
    return out;
}

}  // namespace ta
