#pragma once
// Reads any OGR vector source (Shapefile, GeoPackage, GeoJSON, TopoJSON, KML, FlatGeobuf, /vsizip/...)
// into projected Features. Errors name the file and layer; per-feature problems become warnings.

#include "geometry.hpp"
#include "projection.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ta {

/// "PATH" or "PATH:LAYER". A path that exists as given is never split, so /vsizip/ and Windows-like
/// paths with colons still work.
struct LayerSpec {
    std::string path;
    std::string layer;  // empty: the first layer
    static LayerSpec parse(const std::string& text);
    std::string display() const { return layer.empty() ? path : path + ":" + layer; }
};

struct LoadOptions {
    std::string attributeFilter;               // OGR SQL WHERE clause, e.g. "adm0_a3 = 'SYR'"
    std::optional<BBox> lonLatFilter;          // minX=west, minY=south, maxX=east, maxY=north
    std::string nameField;                     // empty: detected (ADMn_EN, shapeName, name_en, NAME, ...)
    std::string nameArField;                   // empty: detected (ADMn_AR, name_ar, ...)
    std::string idField;                       // empty: detected (ADMn_PCODE, shapeID, ISO_A3, ...)
};

struct VectorLayer {
    std::string source;                 // as given by the user, for messages
    std::string layerName;
    std::string nameField, nameArField, idField;  // what was used
    std::vector<std::string> fieldNames;
    std::vector<Feature> features;
    std::vector<std::string> warnings;  // "file:layer: feature 12 (Daraya): invalid geometry repaired"
    BBox bounds;
};

/// Throws ta::Error naming the source for unreadable files, missing layers and empty layers.
VectorLayer loadVectorLayer(const LayerSpec& spec, const Projection& projection, const LoadOptions& options = {});

}  // namespace ta
