#include "vector_loader.hpp"

#include "error.hpp"
#include "gdal_handles.hpp"

#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include <cctype>
#include <cmath>
#include <filesystem>
#include <memory>
#include <mutex>

namespace ta {

void ensureGdalRegistered() {
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

namespace {

// Coordinates beyond this (metres from the map's origin in Syria) cannot be on Earth.
constexpr double kAbsurdMetres = 4e7;

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string joinNames(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

int findField(const OGRFeatureDefn& defn, const std::vector<std::string>& candidates, const std::string& forced,
              const std::string& where, const std::vector<std::string>& fieldNames) {
    if (!forced.empty()) {
        const int i = defn.GetFieldIndex(forced.c_str());
        if (i < 0) throw Error(where, "no field named '" + forced + "' (fields: " + joinNames(fieldNames) + ")");
        return i;
    }
    for (const std::string& c : candidates) {
        const int i = defn.GetFieldIndex(c.c_str());
        if (i >= 0) return i;
    }
    return -1;
}

// Name, Arabic name and key fields to try, the layer's own level first.
std::vector<std::string> nameCandidates(int level) {
    std::vector<std::string> c;
    if (level >= 0) c = {"ADM" + std::to_string(level) + "_EN", "NAME_" + std::to_string(level)};
    for (int l = kMaxAdminLevel; l >= 0; --l) c.push_back("ADM" + std::to_string(l) + "_EN");
    for (const char* n : {"shapeName", "name_en", "NAME_EN", "name", "NAME"}) c.emplace_back(n);
    for (int l = kMaxAdminLevel; l >= 0; --l) c.push_back("NAME_" + std::to_string(l));
    return c;
}

std::vector<std::string> nameArCandidates(int level) {
    std::vector<std::string> c;
    if (level >= 0) c.push_back("ADM" + std::to_string(level) + "_AR");
    for (int l = kMaxAdminLevel; l >= 0; --l) c.push_back("ADM" + std::to_string(l) + "_AR");
    for (const char* n : {"name_ar", "NAME_AR", "shapeName_ar"}) c.emplace_back(n);
    return c;
}

std::vector<std::string> idCandidates(int level) {
    std::vector<std::string> c;
    if (level >= 0) c = {"ADM" + std::to_string(level) + "_PCODE", "GID_" + std::to_string(level)};
    for (int l = kMaxAdminLevel; l >= 0; --l) c.push_back("ADM" + std::to_string(l) + "_PCODE");
    for (const char* n : {"shapeID", "ISO_A3", "adm1_code"}) c.emplace_back(n);
    for (int l = kMaxAdminLevel; l >= 0; --l) c.push_back("GID_" + std::to_string(l));
    c.emplace_back("id");
    return c;
}

// "adm3" in text, not part of a longer number ("gadm41" is GADM's version 4.1, not level 4).
int levelInName(const std::string& text) {
    const std::string s = lower(text);
    for (size_t at = s.find("adm"); at != std::string::npos; at = s.find("adm", at + 1)) {
        size_t d = at + 3;
        if (d < s.size() && s[d] == '_') ++d;
        if (d < s.size() && s[d] >= '0' && s[d] <= '0' + kMaxAdminLevel && (d + 1 >= s.size() || !std::isdigit(static_cast<unsigned char>(s[d + 1]))))
            return s[d] - '0';
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
            for (int i = 0; i < poly.getNumInteriorRings(); ++i) {
                Ring hole = toRing(*poly.getInteriorRing(i));
                if (hole.size() >= 3) p.holes.push_back(std::move(hole));
            }
            if (p.outer.size() >= 3) out.polygons.push_back(std::move(p));
            return;
        }
        case wkbLineString: {
            Ring line;
            const auto& ls = *geom.toLineString();
            for (int i = 0; i < ls.getNumPoints(); ++i) line.push_back({ls.getX(i), ls.getY(i)});
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

bool finite(const BBox& b) {
    return std::isfinite(b.minX) && std::isfinite(b.minY) && std::isfinite(b.maxX) && std::isfinite(b.maxY);
}

bool absurd(const BBox& b) {
    return !finite(b) || std::abs(b.minX) > kAbsurdMetres || std::abs(b.maxX) > kAbsurdMetres || std::abs(b.minY) > kAbsurdMetres ||
           std::abs(b.maxY) > kAbsurdMetres;
}

}  // namespace

int detectAdminLevel(const std::vector<std::string>& fieldNames, const std::string& levelValue, const std::string& layerName,
                     const std::string& path) {
    int fromFields = -1;
    for (const std::string& f : fieldNames) {
        const std::string n = lower(f);
        for (int l = 0; l <= kMaxAdminLevel; ++l) {
            const std::string L = std::to_string(l);
            if (n == "adm" + L + "_pcode" || n == "adm" + L + "_en" || n == "gid_" + L) fromFields = std::max(fromFields, l);
        }
    }
    if (fromFields >= 0) return fromFields;
    if (const int l = levelInName(levelValue); l >= 0) return l;
    if (const int l = levelInName(layerName); l >= 0) return l;
    return levelInName(std::filesystem::path(path).filename().string());
}

VectorLayer loadVectorLayer(const LayerSpec& spec, const Projection& projection, const LoadOptions& options) {
    ensureGdalRegistered();
    const std::string where = spec.display();
    std::error_code ec;
    if (spec.path.rfind("/vsi", 0) != 0 && !std::filesystem::exists(spec.path, ec)) throw Error(spec.path, "no such file");

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

    // The level decides which of OCHA's ADMn_* fields hold this layer's own names.
    std::string levelValue;
    const int levelIdx = findField(defn, {"Level", "shapeType"}, "", where, out.fieldNames);
    if (spec.adminLevel) {
        out.adminLevel = *spec.adminLevel;
    } else {
        if (levelIdx >= 0) {
            layer->ResetReading();
            if (OGRFeatureUniquePtr first{layer->GetNextFeature()}) levelValue = first->GetFieldAsString(levelIdx);
        }
        out.adminLevel = detectAdminLevel(out.fieldNames, levelValue, out.layerName, spec.path);
    }

    auto pick = [](const std::string& a, const std::string& b) { return a.empty() ? b : a; };
    const int nameIdx = findField(defn, nameCandidates(out.adminLevel), pick(options.nameField, spec.nameField), where, out.fieldNames);
    const int nameArIdx =
        findField(defn, nameArCandidates(out.adminLevel), pick(options.nameArField, spec.nameArField), where, out.fieldNames);
    const int idIdx = findField(defn, idCandidates(out.adminLevel), pick(options.idField, spec.idField), where, out.fieldNames);
    if (nameIdx >= 0) out.nameField = defn.GetFieldDefn(nameIdx)->GetNameRef();
    if (nameArIdx >= 0) out.nameArField = defn.GetFieldDefn(nameArIdx)->GetNameRef();
    if (idIdx >= 0) out.idField = defn.GetFieldDefn(idIdx)->GetNameRef();
    std::vector<int> extraIdx;
    for (const std::string& f : options.extraFields) {
        extraIdx.push_back(findField(defn, {}, f, where, out.fieldNames));
        out.extraFields.push_back(f);
    }

    if (!options.attributeFilter.empty() && layer->SetAttributeFilter(options.attributeFilter.c_str()) != OGRERR_NONE)
        throw Error(where, "bad attribute filter '" + options.attributeFilter + "': " + messages.last());

    // Source CRS -> map plane, always in traditional GIS axis order (x = longitude / easting).
    std::unique_ptr<OGRSpatialReference> sourceSrs;
    if (const OGRSpatialReference* srs = layer->GetSpatialRef()) {
        sourceSrs.reset(srs->Clone());
    } else {
        sourceSrs = std::make_unique<OGRSpatialReference>();
        sourceSrs->SetWellKnownGeogCS("WGS84");
        // geoBoundaries' TopoJSON carries no CRS by design; say so only for other sources.
        if (lower(spec.path).find(".topojson") == std::string::npos)
            out.warnings.push_back(where + ": no coordinate reference system; assuming WGS84 longitude/latitude");
    }
    // A declared CRS that PROJ does not know (GeoJSON "crs": EPSG:999999) is reported by GDAL as a
    // failure, after which it reads the layer as WGS84 anyway: drawn so, it would land in the wrong
    // place without a word. Refuse it, naming the file.
    if (messages.failures > 0 && messages.lastFailure.rfind("PROJ: ", 0) == 0)
        throw Error(where, "declares a coordinate reference system that PROJ does not know (" + messages.lastFailure + ")");
    sourceSrs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> toMap(OGRCreateCoordinateTransformation(sourceSrs.get(), &projection.srs()));
    if (!toMap) throw Error(where, "cannot transform its coordinate reference system to the map's (" + messages.last() + ")");

    std::optional<BBox> mapFilter;
    if (options.lonLatFilter) {
        const BBox& f = *options.lonLatFilter;
        mapFilter = projection.forward(f.minX, f.minY, f.maxX, f.maxY);
        if (sourceSrs->IsGeographic()) layer->SetSpatialFilterRect(f.minX, f.minY, f.maxX, f.maxY);
    }

    layer->ResetReading();
    size_t read = 0, skipped = 0;
    std::string firstSkip;
    auto skip = [&](const std::string& why) {
        out.warnings.push_back(why);
        if (skipped++ == 0) firstSkip = why;
    };
    for (size_t failuresBefore = messages.failures;; failuresBefore = messages.failures) {
        OGRFeatureUniquePtr feature(layer->GetNextFeature());
        if (messages.failures > failuresBefore) {
            // A driver that fails mid-layer has a truncated or corrupt file: partial data would mislead.
            throw Error(where, "feature " + std::to_string(read + 1) + " cannot be read (" + messages.lastFailure +
                                   "); the file is truncated or corrupt");
        }
        if (!feature) break;
        ++read;
        OGRGeometry* geom = feature->GetGeometryRef();
        const GIntBig fid = feature->GetFID();
        Feature f;
        if (nameIdx >= 0) f.nameEn = feature->GetFieldAsString(nameIdx);
        if (nameArIdx >= 0) f.nameAr = feature->GetFieldAsString(nameArIdx);
        // Names in the wild carry stray whitespace (geoBoundaries has "Qudsiya\r\n").
        while (!f.nameEn.empty() && std::isspace(static_cast<unsigned char>(f.nameEn.back()))) f.nameEn.pop_back();
        while (!f.nameAr.empty() && std::isspace(static_cast<unsigned char>(f.nameAr.back()))) f.nameAr.pop_back();
        if (idIdx >= 0) f.id = feature->GetFieldAsString(idIdx);
        if (f.id.empty()) f.id = f.nameEn.empty() ? std::to_string(fid) : f.nameEn;
        for (int idx : extraIdx) f.attributes.emplace_back(feature->IsFieldSetAndNotNull(idx) ? feature->GetFieldAsString(idx) : "");
        const std::string label = where + ": feature " + std::to_string(fid) + (f.nameEn.empty() ? "" : " (" + f.nameEn + ")");
        if (!geom || geom->IsEmpty()) {
            skip(label + ": no geometry, skipped");
            continue;
        }
        std::unique_ptr<OGRGeometry> repaired;
        std::string invalidWhy;
        const auto type = wkbFlatten(geom->getGeometryType());
        const bool polygonal = type == wkbPolygon || type == wkbMultiPolygon || type == wkbCurvePolygon || type == wkbMultiSurface;
        if (polygonal || type == wkbGeometryCollection) {
            const size_t before = messages.messages.size();
            if (!geom->IsValid()) {
                // GEOS says why through GDAL's message handler ("Self-intersection at or near point x y").
                invalidWhy = messages.messages.size() > before ? messages.messages.back() : "not valid";
                messages.messages.resize(before);
                repaired.reset(geom->MakeValid());
                if (!repaired || repaired->IsEmpty()) {
                    skip(label + ": invalid geometry (" + invalidWhy + ") that GEOS could not repair, skipped");
                    continue;
                }
                geom = repaired.get();
            }
        }
        if (geom->transform(toMap.get()) != OGRERR_NONE) {
            skip(label + ": coordinates cannot be transformed to the map, skipped");
            continue;
        }
        appendGeometry(*geom, f);
        if (polygonal) {
            f.lines.clear();  // leftovers of a repair (collapsed parts)
            f.points.clear();
        }
        if (!invalidWhy.empty()) {
            // A polygon that collapses to lines or points under repair has no area left to draw.
            if (polygonal && f.polygons.empty()) {
                skip(label + ": invalid geometry (" + invalidWhy + ") that GEOS could not repair, skipped");
                continue;
            }
            out.warnings.push_back(label + ": invalid geometry (" + invalidWhy + "), repaired");
        }
        for (const Polygon& p : f.polygons)
            for (Vec2 v : p.outer) f.bounds.extend(v);
        for (const Ring& l : f.lines)
            for (Vec2 v : l) f.bounds.extend(v);
        for (Vec2 v : f.points) f.bounds.extend(v);
        if (f.bounds.empty()) {
            skip(label + ": empty after conversion, skipped");
            continue;
        }
        if (absurd(f.bounds)) {
            skip(label + ": absurd coordinates, skipped");
            continue;
        }
        if (mapFilter && !mapFilter->intersects(f.bounds)) continue;
        out.bounds.extend(f.bounds);
        out.features.push_back(std::move(f));
    }
    if (read == 0) {
        if (!options.attributeFilter.empty()) throw Error(where, "no features matching " + options.attributeFilter);
        throw Error(where, "layer '" + out.layerName + "' has no features");
    }
    if (out.features.empty()) {
        if (skipped == 0) throw Error(where, "no features inside the map's region");
        throw Error(where, "no usable features: all " + std::to_string(skipped) + " skipped (first: " + firstSkip + ")");
    }
    return out;
}

}  // namespace ta
