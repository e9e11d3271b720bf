#pragma once
// `truce-atlas render`: one map image without a window or GPU (EGL), through the same renderer as
// the window.

#include <ostream>
#include <string>
#include <vector>

namespace ta {

struct Image;
struct RenderOptions;

/// The whole headless pipeline short of writing the file: load the map, build the scene at the
/// date, draw through EGL (tiled beyond the GL limits). Used by `render` and the golden tests.
Image renderMapImage(const RenderOptions& options, std::ostream& warnings);

int runRenderCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace ta
