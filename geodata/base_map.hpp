#pragma once
// The map's default background: Natural Earth 1:10m countries and admin-1 (public domain), read from
// world_map.gpkg as shipped in Debian's qgis-common package and cached by scripts/fetch-geodata.

#include "vector_loader.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace ta {

struct BaseMap {
    std::vector<Feature> neighbours;     // countries around Syria, for context
    std::vector<Feature> syria;          // the country outline (one feature)
    std::vector<Feature> boundaries;     // administrative units drawn and hovered (governorates by default)
    std::string boundariesSource;        // "Natural Earth admin-1" or the user's file
    std::vector<std::string> attribution;
    std::vector<std::string> warnings;
};

/// Where the default data is looked for, in order: $TRUCE_ATLAS_GEODATA, $XDG_CACHE_HOME/truce-atlas,
/// ~/.cache/truce-atlas, /usr/share/qgis/resources/data. Throws ta::Error listing what it tried and
/// how to fetch the data (scripts/fetch-geodata).
std::filesystem::path findDefaultGeodata();

/// Countries in the region and Syria's 14 governorates plus the UNDOF zone, with English and
/// Arabic names and our governorate ids.
BaseMap loadNaturalEarthBaseMap(const std::filesystem::path& gpkg, const Projection& projection);

/// Replaces the administrative units with the user's layer (--boundaries PATH[:LAYER]).
void useBoundaries(BaseMap& map, VectorLayer layer, const std::string& attribution);

/// The attribution line shown in the window and on exports.
std::string attributionLine(const BaseMap& map);

}  // namespace ta
