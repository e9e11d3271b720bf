#pragma once
// Everything the map draws from files: the Natural Earth background (countries around Syria and
// its governorates, read from world_map.gpkg as shipped in Debian's qgis-common package and cached
// by scripts/fetch-geodata), the user's administrative levels (--boundaries) and the user's own
// layers (--layer), each prepared for drawing at every zoom.

#include "event_points.hpp"
#include "layer_source.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace ta {

/// One administrative level from one source (ADM0..ADM4; -1 when unknown).
struct AdminLayer {
    PreparedLayer data;
    std::string source;        // as the user gave it
    std::string attribution;
    int level() const { return data.layer.adminLevel; }
};

/// A user layer (--layer PATH[:LAYER][,fill=FIELD][,label=FIELD]), drawn on top of the map.
struct UserLayer {
    LayerSpec spec;
    PreparedLayer data;
    int fillAttribute = -1;    // index into Feature::attributes of the fill= field, or -1
    int labelAttribute = -1;   // index into Feature::attributes of the label= field, or -1
};

struct BaseMap {
    PreparedLayer neighbours;              // countries around Syria, for context
    PreparedLayer syria;                   // the country outline (one feature)
    std::vector<AdminLayer> adminLayers;   // by level, coarse to fine (stable for equal levels)
    std::vector<UserLayer> userLayers;     // in the order given
    std::vector<std::shared_ptr<const EventPoints>> eventLayers;  // --layer ...,time=FIELD, drawn above userLayers
    bool layersOnly = false;               // only --layer given: no background countries, no corpus
    bool userBoundaries = false;           // adminLayers come from --boundaries (not Natural Earth)
    std::string boundariesSource;          // "Natural Earth admin-1" or the user's files
    std::vector<std::string> attribution;
    std::vector<std::string> warnings;
    std::vector<std::string> errors;       // sources that could not be loaded; the rest of the map stands
};

/// Where the default data is looked for, in order: $TRUCE_ATLAS_GEODATA, $XDG_CACHE_HOME/truce-atlas,
/// ~/.cache/truce-atlas, /usr/share/qgis/resources/data. Throws ta::Error listing what it tried and
/// how to fetch the data (scripts/fetch-geodata).
std::filesystem::path findDefaultGeodata();

/// Countries in the region and Syria's 14 governorates plus the UNDOF zone (as admin layer 1),
/// with English and Arabic names and our governorate ids.
BaseMap loadNaturalEarthBaseMap(const std::filesystem::path& gpkg, const Projection& projection,
                                const GeometryCache& cache = {});

/// The attribution a boundary file carries: geoBoundaries, OCHA's COD-AB, GADM, or the file's name.
std::string attributionForSource(const std::string& path);

/// Adds an administrative level (--boundaries). The first one replaces the Natural Earth
/// governorates; levels are kept ordered coarse to fine.
void addAdminLayer(BaseMap& map, AdminLayer layer);

/// Loads a --layer source with its fill= and label= fields. Throws ta::Error naming the source.
UserLayer loadUserLayer(const LayerSpec& spec, const Projection& projection, const GeometryCache& cache = {});

/// The attribution line shown in the window and on exports.
std::string attributionLine(const BaseMap& map);

}  // namespace ta
