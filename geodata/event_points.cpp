#include "event_points.hpp"

#include "date.hpp"
#include "error.hpp"
#include "gdal_handles.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <numeric>
#include <optional>

namespace ta {

namespace {

bool isCsv(const std::string& path) {
    if (path.size() < 4) return false;
    std::string ext = path.substr(path.size() - 4);
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".csv";
}

// Two digits at text[i], or -1.
int twoDigits(const char* text, size_t i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i])) || !std::isdigit(static_cast<unsigned char>(text[i + 1]))) return -1;
    return (text[i] - '0') * 10 + (text[i + 1] - '0');
}

OGRLayer* pickLayer(GDALDataset& ds, const LayerSpec& spec) {
    if (spec.layer.empty()) {
        if (ds.GetLayerCount() == 0) throw Error(spec.path, "holds no vector layer");
        return ds.GetLayer(0);
    }
    if (OGRLayer* layer = ds.GetLayerByName(spec.layer.c_str())) return layer;
    std::string names;
    for (int i = 0; i < ds.GetLayerCount(); ++i) names += (i ? ", " : "") + std::string(ds.GetLayer(i)->GetName());
    throw Error(spec.path, "no layer named '" + spec.layer + "' (layers: " + names + ")");
}

// Reads only the geometry and the time field: a million features then take about a second.
void ignoreOtherFields(OGRLayer& layer, const OGRFeatureDefn& defn, int keep) {
    std::vector<const char*> names;
    for (int i = 0; i < defn.GetFieldCount(); ++i)
        if (i != keep) names.push_back(defn.GetFieldDefn(i)->GetNameRef());
    names.push_back("OGR_STYLE");
    names.push_back(nullptr);
    layer.SetIgnoredFields(names.data());
}

// The feature's time, or nullopt when the field is null or empty; throws naming the feature.
std::optional<double> featureDay(OGRFeature& f, int field, OGRFieldType type, const std::string& where, const std::string& fieldName) {
    if (!f.IsFieldSetAndNotNull(field)) return std::nullopt;
    if (type == OFTDate || type == OFTDateTime) {
        int y = 0, mo = 0, d = 0, h = 0, mi = 0, tz = 0;
        float s = 0;
        if (f.GetFieldAsDateTime(field, &y, &mo, &d, &h, &mi, &s, &tz) && isValidCivil(y, mo, d))
            return dayFromCivil(y, mo, d).n + (h * 3600.0 + mi * 60.0 + s) / 86400.0;
    } else {
        const char* text = f.GetFieldAsString(field);
        if (!*text) return std::nullopt;
        double day = 0;
        if (parseEventTime(text, day)) return day;
    }
    throw Error(where, "feature " + std::to_string(f.GetFID()) + ": field '" + fieldName + "' holds '" + f.GetFieldAsString(field) +
                           "', not a date (YYYY-MM-DD[THH:MM[:SS]])");
}

// Appends the feature's points (lon/lat or source CRS) to xs/ys; false for non-point geometry.
bool collectPoints(const OGRGeometry& g, std::vector<double>& xs, std::vector<double>& ys, size_t& pointsAdded) {
    pointsAdded = 0;
    const OGRwkbGeometryType type = wkbFlatten(g.getGeometryType());
    if (type == wkbPoint) {
        const auto& p = *g.toPoint();
        if (p.IsEmpty()) return true;
        xs.push_back(p.getX());
        ys.push_back(p.getY());
        pointsAdded = 1;
        return true;
    }
    if (type == wkbMultiPoint) {
        for (const OGRPoint* p : *g.toMultiPoint()) {
            if (p->IsEmpty()) continue;
            xs.push_back(p->getX());
            ys.push_back(p->getY());
            ++pointsAdded;
        }
        return true;
    }
    return false;
}

}  // namespace

bool parseEventTime(const char* text, double& day) {
    const size_t n = std::strlen(text);
    if (n < 10) return false;
    const auto date = parseIsoDay(std::string_view(text, 10));
    if (!date) return false;
    double seconds = 0;
    if (n > 10) {
        // THH:MM, THH:MM:SS, optionally fractional seconds and a trailing Z (times are taken as UTC).
        if ((text[10] != 'T' && text[10] != ' ') || n < 16 || text[13] != ':') return false;
        const int h = twoDigits(text, 11), mi = twoDigits(text, 14);
        if (h < 0 || h > 23 || mi < 0 || mi > 59) return false;
        seconds = h * 3600.0 + mi * 60.0;
        size_t i = 16;
        if (i < n && text[i] == ':') {
            if (i + 3 > n) return false;
            const int s = twoDigits(text, i + 1);
            if (s < 0 || s > 60) return false;
            seconds += s;
            i += 3;
            if (i < n && text[i] == '.') {
                ++i;
                while (i < n && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
            }
        }
        if (i < n && text[i] == 'Z') ++i;
        if (i != n) return false;
    }
    day = date->n + seconds / 86400.0;
    return true;
}

EventPoints loadEventPoints(const LayerSpec& spec, const Projection& projection) {
    ensureGdalRegistered();
    const std::string where = spec.display();
    if (spec.timeField.empty()) throw Error(where, "an event layer needs time=FIELD");
    std::error_code ec;
    if (spec.path.rfind("/vsi", 0) != 0 && !std::filesystem::exists(spec.path, ec)) throw Error(spec.path, "no such file");

    GdalMessageCollector messages;
    // CSV: points from lon/lat columns, every column read as text (the time is parsed here).
    const char* csvOptions[] = {"X_POSSIBLE_NAMES=lon,longitude,x", "Y_POSSIBLE_NAMES=lat,latitude,y", "KEEP_GEOM_COLUMNS=NO", nullptr};
    GDALDatasetUniquePtr ds(GDALDataset::Open(spec.path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                              isCsv(spec.path) ? csvOptions : nullptr));
    if (!ds) {
        const std::string why = messages.last();
        throw Error(spec.path, "cannot open as a vector data source" + (why.empty() ? std::string() : " (" + why + ")"));
    }
    OGRLayer& layer = *pickLayer(*ds, spec);
    const OGRFeatureDefn& defn = *layer.GetLayerDefn();
    const int timeIdx = defn.GetFieldIndex(spec.timeField.c_str());
    if (timeIdx < 0) {
        std::string names;
        for (int i = 0; i < defn.GetFieldCount(); ++i) names += (i ? ", " : "") + std::string(defn.GetFieldDefn(i)->GetNameRef());
        throw Error(where, "no field named '" + spec.timeField + "' for time= (fields: " + names + ")");
    }
    const OGRFieldType timeType = defn.GetFieldDefn(timeIdx)->GetType();
    if (timeType != OFTDate && timeType != OFTDateTime && timeType != OFTString)
        throw Error(where, "field '" + spec.timeField + "' is " + OGRFieldDefn::GetFieldTypeName(timeType) +
                               "; time= needs a date, date-time or text field");
    ignoreOtherFields(layer, defn, timeIdx);

    std::unique_ptr<OGRSpatialReference> sourceSrs;
    EventPoints out;
    out.source = where;
    if (const OGRSpatialReference* srs = layer.GetSpatialRef()) {
        sourceSrs.reset(srs->Clone());
    } else {
        sourceSrs = std::make_unique<OGRSpatialReference>();
        sourceSrs->SetWellKnownGeogCS("WGS84");
        if (!isCsv(spec.path)) out.warnings.push_back(where + ": no coordinate reference system; assuming WGS84 longitude/latitude");
    }
    sourceSrs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> toMap(OGRCreateCoordinateTransformation(sourceSrs.get(), &projection.srs()));
    if (!toMap) throw Error(where, "cannot transform its coordinate reference system to the map's (" + messages.last() + ")");

    std::vector<double> xs, ys, days;
    if (const GIntBig n = layer.GetFeatureCount(FALSE); n > 0) {
        xs.reserve(static_cast<size_t>(n));
        ys.reserve(static_cast<size_t>(n));
        days.reserve(static_cast<size_t>(n));
    }
    size_t noTime = 0, notPoint = 0;
    layer.ResetReading();
    for (OGRFeatureUniquePtr f{layer.GetNextFeature()}; f; f.reset(layer.GetNextFeature())) {
        const OGRGeometry* g = f->GetGeometryRef();
        if (!g) continue;
        const std::optional<double> day = featureDay(*f, timeIdx, timeType, where, spec.timeField);
        if (!day) {
            ++noTime;
            continue;
        }
        size_t added = 0;
        if (!collectPoints(*g, xs, ys, added)) ++notPoint;
        days.insert(days.end(), added, *day);
    }
    if (messages.failures > 0) throw Error(where, "reading failed: " + messages.lastFailure);
    if (noTime) out.warnings.push_back(where + ": " + std::to_string(noTime) + " features without a '" + spec.timeField + "' value skipped");
    if (notPoint) out.warnings.push_back(where + ": " + std::to_string(notPoint) + " features that are not points skipped");
    if (xs.empty()) throw Error(where, "holds no dated points");

    if (!toMap->Transform(xs.size(), xs.data(), ys.data())) throw Error(where, "points cannot be projected to the map (" + messages.last() + ")");

    std::vector<uint32_t> order(xs.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return days[a] < days[b]; });
    out.positions.reserve(order.size());
    out.days.reserve(order.size());
    for (uint32_t i : order) {
        const Vec2 p{xs[i], ys[i]};
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) throw Error(where, "a point lies outside what the map projection can show");
        out.positions.push_back(p);
        out.days.push_back(static_cast<float>(days[i]));
        out.bounds.extend(p);
    }
    return out;
}

}  // namespace ta
