# Turns every shaders/*.glsl into a C++ table of (file name, source) so the program needs no shader
# files at run time, while compile errors still name the .glsl file and line.
file(GLOB SHADER_FILES "${SHADER_DIR}/*.glsl")
list(SORT SHADER_FILES)
set(body "// Generated from shaders/*.glsl by shaders/embed_shaders.cmake. Do not edit.\n#include \"shader_sources.hpp\"\nnamespace ta {\nconst ShaderSource kShaderSources[] = {\n")
foreach(f ${SHADER_FILES})
  get_filename_component(name ${f} NAME)
  file(READ ${f} content)
  string(APPEND body "  {\"${name}\", R\"GLSL(${content})GLSL\"},\n")
endforeach()
list(LENGTH SHADER_FILES count)
string(APPEND body "};\nconst int kShaderSourceCount = ${count};\n}  // namespace ta\n")
file(WRITE "${OUTPUT}.tmp" "${body}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
