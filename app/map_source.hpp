#pragma once
// Loads the map the options ask for: the Natural Earth default, with the user's --boundaries in
// place of the governorates. Shared by the window and `render`.

#include "camera.hpp"
#include "cli_args.hpp"
#include "map_data.hpp"
#include "projection.hpp"

namespace ta {

/// Throws ta::Error naming the file when a source cannot be read.
MapData loadMap(const MapOptions& options, const Projection& projection);

/// The camera for --view (lon/lat box) or, without it, one that shows all of Syria.
Camera initialCamera(const MapOptions& options, const MapData& map, const Projection& projection, double widthPx, double heightPx);

}  // namespace ta
