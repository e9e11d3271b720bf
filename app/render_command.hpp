#pragma once
// `truce-atlas render`: one map image without a window or GPU (EGL), through the same renderer as
// the window.

#include <ostream>
#include <string>
#include <vector>

namespace ta {

int runRenderCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace ta
