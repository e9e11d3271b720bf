#include "event_batch.hpp"

#include "event_points.hpp"
#include "event_window.hpp"

#include <glad/gl.h>

namespace ta {

namespace {

void fillLayer(const EventPoints& points, gl::VertexArray& vao, gl::Buffer& buffer, Vec2& origin) {
    const BBox& b = points.bounds;
    origin = b.empty() ? Vec2{} : Vec2{(b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2};
    std::vector<float> data;
    data.reserve(points.positions.size() * 3);
    for (size_t i = 0; i < points.positions.size(); ++i) {
        data.push_back(static_cast<float>(points.positions[i].x - origin.x));
        data.push_back(static_cast<float>(points.positions[i].y - origin.y));
        data.push_back(points.days[i]);
    }
    if (!vao) vao = gl::makeVertexArray();
    if (!buffer) buffer = gl::makeBuffer();
    glBindVertexArray(vao.id());
    glBindBuffer(GL_ARRAY_BUFFER, buffer.id());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(data.size() * sizeof(float)), data.data(), GL_STATIC_DRAW);
    const GLsizei stride = 3 * sizeof(float);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, nullptr);
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 1, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<const void*>(2 * sizeof(float)));
    glBindVertexArray(0);
}

}  // namespace

int EventBatch::upload(const std::vector<EventItem>& items) {
    int sent = 0;
    m_layers.resize(items.size());
    for (size_t i = 0; i < items.size(); ++i) {
        Layer& layer = m_layers[i];
        if (layer.item.points != items[i].points && items[i].points) {
            fillLayer(*items[i].points, layer.vao, layer.vertices, layer.origin);
            ++sent;
        }
        layer.item = items[i];
    }
    return sent;
}

size_t EventBatch::draw(const gl::Program& program, const Camera& camera) const {
    size_t drawn = 0;
    bool bound = false;
    for (const Layer& layer : m_layers) {
        const EventItem& item = layer.item;
        if (!item.points) continue;
        const IndexRange range = eventWindow(item.points->days, item.day, item.windowDays);
        if (range.count == 0) continue;
        if (!bound) {
            glUseProgram(program.id());
            glEnable(GL_PROGRAM_POINT_SIZE);
            bound = true;
        }
        const auto m = camera.worldToClip(layer.origin);
        const GLuint p = program.id();
        glUniformMatrix3fv(glGetUniformLocation(p, "u_worldToClip"), 1, GL_FALSE, m.data());
        glUniform1f(glGetUniformLocation(p, "u_pixelRatio"), static_cast<float>(camera.pixelRatio));
        glUniform1f(glGetUniformLocation(p, "u_day"), static_cast<float>(item.day));
        glUniform1f(glGetUniformLocation(p, "u_windowDays"), static_cast<float>(item.windowDays));
        glUniform1f(glGetUniformLocation(p, "u_radiusPx"), item.radiusPx);
        glUniform1f(glGetUniformLocation(p, "u_oldestAlpha"), item.oldestAlpha);
        glUniform4f(glGetUniformLocation(p, "u_color"), item.color.r, item.color.g, item.color.b, item.color.a);
        glBindVertexArray(layer.vao.id());
        glDrawArrays(GL_POINTS, static_cast<GLint>(range.first), static_cast<GLsizei>(range.count));
        drawn += range.count;
    }
    if (bound) glDisable(GL_PROGRAM_POINT_SIZE);
    return drawn;
}

}  // namespace ta
