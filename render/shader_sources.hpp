#pragma once
// The GLSL sources of shaders/, embedded at build time (see shaders/embed_shaders.cmake).

namespace ta {

struct ShaderSource {
    const char* fileName;  // e.g. "fill.vert.glsl"
    const char* source;
};

extern const ShaderSource kShaderSources[];
extern const int kShaderSourceCount;

}  // namespace ta
