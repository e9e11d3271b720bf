#include "shader_library.hpp"

#include "error.hpp"
#include "shader_sources.hpp"

#include <regex>
#include <sstream>
#include <vector>

namespace ta {

const char* shaderSource(const std::string& fileName) {
    for (int i = 0; i < kShaderSourceCount; ++i)
        if (fileName == kShaderSources[i].fileName) return kShaderSources[i].source;
    throw Error("shaders/" + fileName, "no such shader is embedded in the program");
}

std::string annotateShaderLog(const std::string& log, const std::string& fileName) {
    // Mesa: "0:12(5): error: ...", NVIDIA: "0(12) : error ...". Both become "shaders/file:12: ...".
    static const std::regex mesa(R"(^\s*\d+:(\d+)\(\d+\):\s*(.*)$)");
    static const std::regex nvidia(R"(^\s*\d+\((\d+)\)\s*:\s*(.*)$)");
    std::istringstream in(log);
    std::ostringstream out;
    std::string line;
    while (std::getline(in, line)) {
        std::smatch m;
        if (std::regex_match(line, m, mesa) || std::regex_match(line, m, nvidia))
            out << "shaders/" << fileName << ":" << m[1] << ": " << m[2] << "\n";
        else if (!line.empty())
            out << "shaders/" << fileName << ": " << line << "\n";
    }
    return out.str();
}

namespace {

gl::Shader compile(GLenum type, const std::string& fileName) {
    // "#line 1" after the prelude keeps the driver's line numbers equal to the file's.
    const std::string text = std::string("#version 330 core\n") + shaderSource("prelude.glsl") + "#line 1\n" + shaderSource(fileName);
    gl::Shader shader(glCreateShader(type));
    const char* src = text.c_str();
    glShaderSource(shader.id(), 1, &src, nullptr);
    glCompileShader(shader.id());
    GLint ok = 0;
    glGetShaderiv(shader.id(), GL_COMPILE_STATUS, &ok);
    if (!ok) {
        GLint len = 0;
        glGetShaderiv(shader.id(), GL_INFO_LOG_LENGTH, &len);
        std::vector<char> log(static_cast<size_t>(len) + 1);
        glGetShaderInfoLog(shader.id(), len, nullptr, log.data());
        throw Error("shader compile error\n" + annotateShaderLog(log.data(), fileName));
    }
    return shader;
}

}  // namespace

gl::Program buildProgram(const std::string& name) {
    gl::Shader vs = compile(GL_VERTEX_SHADER, name + ".vert.glsl");
    gl::Shader fs = compile(GL_FRAGMENT_SHADER, name + ".frag.glsl");
    gl::Program program(glCreateProgram());
    glAttachShader(program.id(), vs.id());
    glAttachShader(program.id(), fs.id());
    glLinkProgram(program.id());
    GLint ok = 0;
    glGetProgramiv(program.id(), GL_LINK_STATUS, &ok);
    if (!ok) {
        GLint len = 0;
        glGetProgramiv(program.id(), GL_INFO_LOG_LENGTH, &len);
        std::vector<char> log(static_cast<size_t>(len) + 1);
        glGetProgramInfoLog(program.id(), len, nullptr, log.data());
        throw Error("shaders/" + name + ".{vert,frag}.glsl", std::string("link error: ") + log.data());
    }
    return program;
}

}  // namespace ta
