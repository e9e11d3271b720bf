#pragma once
// Reads any OGR vector source (Shapefile, GeoPackage, GeoJSON, TopoJSON, KML, FlatGeobuf, /vsizip/...)
// into projected Features. Errors name the file and layer; per-feature problems become warnings.

#include "geometry.hpp"
#include "layer_spec.hpp"
#include "projection.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ta {

struct LoadOptions {
    std::string attributeFilter;               // OGR SQL WHERE clause, e.g. "adm0_a3 = 'SYR'"
    std::optional<BBox> lonLatFilter;          // minX=west, minY=south, maxX=east, maxY=north
    std::string nameField;                     // empty: the spec's name=, else detected (ADMn_EN, shapeName, NAME, ...)
    std::string nameArField;                   // empty: the spec's name_ar=, else detected (ADMn_AR, name_ar, ...)
    std::string idField;                       // empty: the spec's id=, else detected (ADMn_PCODE, shapeID, ISO_A3, ...)
    std::vector<std::string> extraFields;      // kept per feature in Feature::attributes (fill=, label=)
};

struct VectorLayer {
    std::string source;                 // as given by the user, for messages
    std::string layerName;
    std::string nameField, nameArField, idField;  // what was used
    std::vector<std::string> fieldNames;
    std::vector<std::string> extraFields;  // the names behind Feature::attributes
    int adminLevel = -1;                // 0 country .. 4; -1 when neither given nor detected
    std::vector<Feature> features;
    std::vector<std::string> warnings;  // "file:layer: feature 12 (Daraya): invalid geometry repaired"
    BBox bounds;
};

/// Throws ta::Error naming the source for missing, unreadable, truncated and empty sources and
/// missing layers or fields. Geometries are not checked for validity here (prepareLayer repairs them).
VectorLayer loadVectorLayer(const LayerSpec& spec, const Projection& projection, const LoadOptions& options = {});

/// The administrative level a layer's names say it holds: OCHA's ADMn_PCODE / ADMn_EN fields,
/// GADM's GID_n, a geoBoundaries "Level"/"shapeType" value "ADMn", or "admN" in the layer or file
/// name. -1 when nothing tells.
int detectAdminLevel(const std::vector<std::string>& fieldNames, const std::string& levelValue, const std::string& layerName,
                     const std::string& path);

}  // namespace ta
