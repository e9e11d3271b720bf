#pragma once
// Compiles the embedded shaders/ programs. A compile or link error throws ta::Error naming the
// .glsl file and line ("shaders/line.vert.glsl:12: error: ...").

#include "gl_handles.hpp"

#include <string>

namespace ta {

/// Links "<name>.vert.glsl" + "<name>.frag.glsl", each preceded by the #version line and prelude.glsl.
gl::Program buildProgram(const std::string& name);

/// Rewrites a driver's info log ("0:12(5): error: ...") into "shaders/<file>:12: error: ...".
std::string annotateShaderLog(const std::string& log, const std::string& fileName);

/// The embedded source of a shader file; throws if there is none.
const char* shaderSource(const std::string& fileName);

}  // namespace ta
