#pragma once
// Draws event layers (EventItem): each layer's points go to the GPU once, sorted by time; a frame
// finds its time window by binary search (event_window.hpp) and draws it with one
// glDrawArrays(first, count) of round GL points that fade with age (shaders/event.*.glsl).

#include "camera.hpp"
#include "gl_handles.hpp"
#include "scene.hpp"

#include <memory>
#include <vector>

namespace ta {

class EventBatch {
public:
    /// Re-sends a layer's points only when its point set (by pointer) changed; returns how many
    /// buffers were sent.
    int upload(const std::vector<EventItem>& items);
    /// Returns the number of points drawn (within the layers' windows).
    size_t draw(const gl::Program& program, const Camera& camera) const;

private:
    struct Layer {
        EventItem item;
        gl::VertexArray vao;
        gl::Buffer vertices;  // x, y (metres from origin), day: 3 floats a point
        Vec2 origin;          // float positions relative to the layer's centre keep metre precision
    };
    std::vector<Layer> m_layers;
};

}  // namespace ta
