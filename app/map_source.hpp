#pragma once
// Loads the map the options ask for: the Natural Earth default, the user's administrative levels
// (--boundaries, in place of the governorates) and the user's layers (--layer) on top. With only
// --layer given, just those layers. Shared by the window and `render`.

#include "camera.hpp"
#include "cli_args.hpp"
#include "map_data.hpp"
#include "projection.hpp"

namespace ta {

/// What to do when one of the user's sources cannot be read.
enum class SourceErrors {
    Throw,    // commands: fail, naming the file (exit status 1)
    Collect,  // the window: keep the rest of the map, report it in MapData::base.errors
};

/// Throws ta::Error naming the file when the default data, or with SourceErrors::Throw any source,
/// cannot be read. Geometry comes from the on-disk cache when the files are unchanged.
MapData loadMap(const MapOptions& options, const Projection& projection, SourceErrors errors = SourceErrors::Throw,
                const GeometryCache& cache = GeometryCache::standard());

/// The camera for --view (lon/lat box) or, without it, one that shows all of Syria (or all of the
/// user's layers when only --layer is given).
Camera initialCamera(const MapOptions& options, const MapData& map, const Projection& projection, double widthPx, double heightPx);

}  // namespace ta
