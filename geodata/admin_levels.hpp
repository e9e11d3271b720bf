#pragma once
// Several administrative levels loaded at once (country, governorates, districts, sub-districts):
// which one the map draws at a given zoom.

#include <limits>
#include <vector>

namespace ta {

/// The largest scale, in metres per logical pixel, at which a level's areas are drawn when a
/// coarser level is loaded too: governorates at any zoom, districts from about the whole
/// country in a 1080p view, sub-districts from about a region's view. Finer levels would be
/// a clutter of lines at farther zooms.
double levelMaxMetresPerPixel(int level);

/// Index into `levels` (the administrative levels of the loaded layers, in the order they
/// are stored) of the layer to draw at `metresPerPixel`: the finest one whose threshold allows
/// it, else the coarsest. Unknown levels (-1) count as level 1. -1 when `levels` is empty.
int chooseAdminLayer(const std::vector<int>& levels, double metresPerPixel);

/// The scales lo < metresPerPixel <= hi at which chooseAdminLayer picks each layer; lo == hi
/// (never drawn) for a layer that another of the same level always wins over.
struct ScaleBand {
    double lo = 0, hi = 0;
};
std::vector<ScaleBand> adminLayerScaleBands(const std::vector<int>& levels);

}  // namespace ta
