#include "renderer.hpp"

#include "draw_uniforms.hpp"
#include "prepared_layer.hpp"
#include "shader_library.hpp"

#include <algorithm>
#include <cstring>

namespace ta {

namespace {

GLint uniform(const gl::Program& p, const char* name) { return glGetUniformLocation(p.id(), name); }

void setCommonUniforms(const gl::Program& p, const Camera& camera, int fbW, int fbH) {
    const auto m = camera.worldToClip();
    glUniformMatrix3fv(uniform(p, "u_worldToClip"), 1, GL_FALSE, m.data());
    if (GLint loc = uniform(p, "u_viewportPx"); loc >= 0) glUniform2f(loc, static_cast<float>(fbW), static_cast<float>(fbH));
    if (GLint loc = uniform(p, "u_pixelRatio"); loc >= 0) glUniform1f(loc, static_cast<float>(camera.pixelRatio));
}

void uploadArray(GLuint buffer, const void* data, size_t bytes) {
    glBindBuffer(GL_ARRAY_BUFFER, buffer);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(bytes), data, GL_STATIC_DRAW);
}

void floatAttrib(GLuint index, int size, GLsizei stride, size_t offset) {
    glEnableVertexAttribArray(index);
    glVertexAttribPointer(index, size, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<const void*>(offset));
}

}  // namespace

Renderer::Renderer()
    : m_fillProgram(buildProgram("fill")), m_lineProgram(buildProgram("line")), m_markerProgram(buildProgram("marker")),
      m_zoneProgram(buildProgram("zone")), m_flowProgram(buildProgram("flow")), m_eventProgram(buildProgram("event")),
      m_labelProgram(buildProgram("label")) {
    m_fills.vao = gl::makeVertexArray();
    m_fills.positions = gl::makeBuffer();
    m_fills.colors = gl::makeBuffer();
    glBindVertexArray(m_fills.vao.id());
    glBindBuffer(GL_ARRAY_BUFFER, m_fills.positions.id());
    floatAttrib(0, 2, 0, 0);
    glBindBuffer(GL_ARRAY_BUFFER, m_fills.colors.id());
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 4, GL_UNSIGNED_BYTE, GL_TRUE, 0, nullptr);

    // Line geometry: position(2) normal(2) extrude(2); style (separate, cheap to re-send): width, RGBA8.
    m_lines.vao = gl::makeVertexArray();
    m_lines.geometry = gl::makeBuffer();
    m_lines.style = gl::makeBuffer();
    glBindVertexArray(m_lines.vao.id());
    glBindBuffer(GL_ARRAY_BUFFER, m_lines.geometry.id());
    const GLsizei geomStride = 6 * sizeof(float);
    floatAttrib(0, 2, geomStride, 0);
    floatAttrib(1, 2, geomStride, 2 * sizeof(float));
    floatAttrib(2, 2, geomStride, 4 * sizeof(float));
    glBindBuffer(GL_ARRAY_BUFFER, m_lines.style.id());
    const GLsizei styleStride = 2 * sizeof(float);  // width, packed RGBA8 (bit-cast into a float slot)
    floatAttrib(3, 1, styleStride, 0);
    glEnableVertexAttribArray(4);
    glVertexAttribPointer(4, 4, GL_UNSIGNED_BYTE, GL_TRUE, styleStride, reinterpret_cast<const void*>(sizeof(float)));

    m_markers.vao = gl::makeVertexArray();
    m_markers.corners = gl::makeBuffer();
    m_markers.instances = gl::makeBuffer();
    glBindVertexArray(m_markers.vao.id());
    const float corners[] = {-1, -1, 1, -1, -1, 1, 1, 1};
    uploadArray(m_markers.corners.id(), corners, sizeof corners);
    floatAttrib(0, 2, 0, 0);
    glBindBuffer(GL_ARRAY_BUFFER, m_markers.instances.id());
    const GLsizei instStride = 6 * sizeof(float);  // center(2) radius,stroke(2) fill rgba8, stroke rgba8
    floatAttrib(1, 2, instStride, 0);
    floatAttrib(2, 2, instStride, 2 * sizeof(float));
    glEnableVertexAttribArray(3);
    glVertexAttribPointer(3, 4, GL_UNSIGNED_BYTE, GL_TRUE, instStride, reinterpret_cast<const void*>(4 * sizeof(float)));
    glEnableVertexAttribArray(4);
    glVertexAttribPointer(4, 4, GL_UNSIGNED_BYTE, GL_TRUE, instStride, reinterpret_cast<const void*>(5 * sizeof(float)));
    for (GLuint i = 1; i <= 4; ++i) glVertexAttribDivisor(i, 1);
    glBindVertexArray(0);
}

Renderer::~Renderer() = default;

void Renderer::uploadOverlay(const SceneLayer& overlay) { m_overlay.upload(overlay, m_text); }

void Renderer::upload(const Scene& scene) {
    m_stats.uploads = 0;
    m_background = scene.background;
    m_lodTolerancesM = scene.lodTolerancesM;
    uploadFills(scene);
    uploadLines(scene);
    uploadMarkers(scene);
    m_stats.uploads += m_zones.upload(scene.zones);
    m_stats.uploads += m_flows.upload(scene.flows);
    m_stats.uploads += m_events.upload(scene.events);
    m_labels.upload(scene.labels, m_text);
}

namespace {

// The geometry of item `i` at level of detail `k` (its own, or the finest it has).
template <class Ptr>
const Ptr& lodOf(const Ptr& whole, const std::vector<Ptr>& lods, size_t k) {
    if (lods.empty()) return whole;
    return lods[std::min(k, lods.size() - 1)];
}

size_t lodCountOf(const Scene& scene) { return std::max<size_t>(1, scene.lodTolerancesM.size()); }

void appendSegments(const Ring& ring, bool closed, std::vector<float>& data) {
    const size_t n = ring.size();
    const size_t segments = closed ? n : (n > 0 ? n - 1 : 0);
    for (size_t i = 0; i < segments && n >= 2; ++i) {
        const Vec2 a = ring[i], b = ring[(i + 1) % n];
        const double len = length(b - a);
        if (len <= 0) continue;
        const float nx = static_cast<float>(-(b.y - a.y) / len), ny = static_cast<float>((b.x - a.x) / len);
        // Two triangles: (a,-1) (a,+1) (b,-1) / (b,-1) (a,+1) (b,+1); ends extend by half a width.
        const float quad[6][3] = {{0, -1, -1}, {0, 1, -1}, {1, -1, 1}, {1, -1, 1}, {0, 1, -1}, {1, 1, 1}};
        for (const auto& q : quad) {
            const Vec2 p = q[0] == 0 ? a : b;
            data.insert(data.end(), {static_cast<float>(p.x), static_cast<float>(p.y), nx, ny, q[1], q[2]});
        }
    }
}

}  // namespace

void Renderer::LodRanges::visible(size_t lod, double metresPerPixel, std::vector<GLint>& firsts, std::vector<GLsizei>& counts) const {
    firsts.clear();
    counts.clear();
    lod = std::min(lod, lods - 1);
    for (size_t i = 0; i < items; ++i) {
        const GLint f = first[lod * items + i];
        const GLsizei c = count[lod * items + i];
        if (c == 0 || !scales[i].contains(metresPerPixel)) continue;
        if (!firsts.empty() && firsts.back() + counts.back() == f) counts.back() += c;
        else {
            firsts.push_back(f);
            counts.push_back(c);
        }
    }
}

void Renderer::uploadFills(const Scene& scene) {
    const size_t lods = lodCountOf(scene), items = scene.fills.size();
    std::vector<const void*> key{reinterpret_cast<const void*>(lods)};
    for (const FillItem& f : scene.fills) {
        key.push_back(f.mesh.get());
        key.push_back(reinterpret_cast<const void*>(f.lods.size()));
        for (const SharedMesh& m : f.lods) key.push_back(m.get());
    }
    LodRanges& r = m_fills.ranges;
    if (key != m_fills.geometryKey) {
        r.items = items;
        r.lods = lods;
        r.first.assign(lods * items, 0);
        r.count.assign(lods * items, 0);
        std::vector<float> xy;
        for (size_t k = 0; k < lods; ++k) {
            for (size_t i = 0; i < items; ++i) {
                const FillItem& f = scene.fills[i];
                const TriangleMesh* mesh = lodOf(f.mesh, f.lods, k).get();
                r.first[k * items + i] = static_cast<GLint>(xy.size() / 2);
                if (!mesh) continue;
                for (uint32_t v : mesh->indices) {
                    xy.push_back(static_cast<float>(mesh->vertices[v].x));
                    xy.push_back(static_cast<float>(mesh->vertices[v].y));
                }
                r.count[k * items + i] = static_cast<GLsizei>(mesh->indices.size());
            }
        }
        uploadArray(m_fills.positions.id(), xy.data(), xy.size() * sizeof(float));
        m_fills.geometryKey = std::move(key);
        m_fills.vertexCount = static_cast<GLsizei>(xy.size() / 2);
        m_fills.itemColors.clear();  // force the colours to follow
        ++m_stats.uploads;
    }
    r.scales.clear();
    for (const FillItem& f : scene.fills) r.scales.push_back(f.scales);
    // Compared per item, expanded per vertex only when one changed: a frame of the playing timeline
    // then costs a few hundred comparisons, not a megabyte built and compared.
    std::vector<uint32_t> itemColors;
    itemColors.reserve(items);
    for (const FillItem& f : scene.fills) itemColors.push_back(packRgba8(f.color));
    if (itemColors != m_fills.itemColors) {
        std::vector<uint32_t> colors;
        colors.reserve(static_cast<size_t>(m_fills.vertexCount));
        for (size_t k = 0; k < r.lods; ++k)
            for (size_t i = 0; i < items; ++i) colors.insert(colors.end(), static_cast<size_t>(r.count[k * items + i]), itemColors[i]);
        uploadArray(m_fills.colors.id(), colors.data(), colors.size() * sizeof(uint32_t));
        m_fills.itemColors = std::move(itemColors);
        ++m_stats.uploads;
    }
}

void Renderer::uploadLines(const Scene& scene) {
    const size_t lods = lodCountOf(scene), items = scene.lines.size();
    std::vector<const void*> key{reinterpret_cast<const void*>(lods)};
    for (const LineItem& l : scene.lines) {
        key.push_back(l.rings.get());
        key.push_back(reinterpret_cast<const void*>(static_cast<uintptr_t>(l.closed)));
        key.push_back(reinterpret_cast<const void*>(l.lods.size()));
        for (const SharedRings& rings : l.lods) key.push_back(rings.get());
    }
    LodRanges& r = m_lines.ranges;
    if (key != m_lines.geometryKey) {
        r.items = items;
        r.lods = lods;
        r.first.assign(lods * items, 0);
        r.count.assign(lods * items, 0);
        std::vector<float> data;
        for (size_t k = 0; k < lods; ++k) {
            for (size_t i = 0; i < items; ++i) {
                const LineItem& l = scene.lines[i];
                const size_t before = data.size();
                if (const std::vector<Ring>* rings = lodOf(l.rings, l.lods, k).get())
                    for (const Ring& ring : *rings) appendSegments(ring, l.closed, data);
                r.first[k * items + i] = static_cast<GLint>(before / 6);
                r.count[k * items + i] = static_cast<GLsizei>((data.size() - before) / 6);
            }
        }
        uploadArray(m_lines.geometry.id(), data.data(), data.size() * sizeof(float));
        m_lines.geometryKey = std::move(key);
        m_lines.vertexCount = static_cast<GLsizei>(data.size() / 6);
        m_lines.itemStyles.clear();
        ++m_stats.uploads;
    }
    r.scales.clear();
    for (const LineItem& l : scene.lines) r.scales.push_back(l.scales);
    std::vector<std::pair<float, uint32_t>> itemStyles;  // as for fills: per item first
    itemStyles.reserve(items);
    for (const LineItem& l : scene.lines) itemStyles.emplace_back(l.widthPx, packRgba8(l.color));
    if (itemStyles != m_lines.itemStyles) {
        std::vector<float> style;
        style.reserve(static_cast<size_t>(m_lines.vertexCount) * 2);
        for (size_t k = 0; k < r.lods; ++k) {
            for (size_t i = 0; i < items; ++i) {
                float packedAsFloat;
                std::memcpy(&packedAsFloat, &itemStyles[i].second, sizeof packedAsFloat);
                for (GLsizei v = 0; v < r.count[k * items + i]; ++v) {
                    style.push_back(itemStyles[i].first);
                    style.push_back(packedAsFloat);
                }
            }
        }
        uploadArray(m_lines.style.id(), style.data(), style.size() * sizeof(float));
        m_lines.itemStyles = std::move(itemStyles);
        ++m_stats.uploads;
    }
}

void Renderer::uploadMarkers(const Scene& scene) {
    std::vector<float> data;
    data.reserve(scene.markers.size() * 6);
    for (const Marker& m : scene.markers) {
        const uint32_t fill = packRgba8(m.fill), stroke = packRgba8(m.stroke);
        float f, s;
        std::memcpy(&f, &fill, sizeof f);
        std::memcpy(&s, &stroke, sizeof s);
        data.insert(data.end(), {static_cast<float>(m.position.x), static_cast<float>(m.position.y), m.radiusPx, m.strokePx, f, s});
    }
    if (!sameBits(data, m_markers.instanceData)) {
        uploadArray(m_markers.instances.id(), data.data(), data.size() * sizeof(float));
        m_markers.instanceData = std::move(data);
        ++m_stats.uploads;
    }
    m_markers.count = static_cast<GLsizei>(scene.markers.size());
    m_stats.markers = scene.markers.size();
}

void Renderer::draw(const Camera& camera, int fbW, int fbH) {
    glViewport(0, 0, fbW, fbH);
    const Rgba bg = m_background;
    glClearColor(bg.r * bg.a, bg.g * bg.a, bg.b * bg.a, bg.a);
    glClear(GL_COLOR_BUFFER_BIT);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glEnable(GL_BLEND);
    glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);  // premultiplied alpha everywhere

    // Level of detail by framebuffer pixels (finer for high-DPI and export scales); which items
    // show (administrative levels by zoom) by logical pixels, so an export shows what the window does.
    const size_t lod = lodForScale(m_lodTolerancesM, camera.metresPerPixel / std::max(camera.pixelRatio, 1e-6));
    std::vector<GLint> firsts;
    std::vector<GLsizei> counts;
    m_stats.fillTriangles = 0;
    m_stats.lineSegments = 0;
    if (m_fills.vertexCount > 0) {
        m_fills.ranges.visible(lod, camera.metresPerPixel, firsts, counts);
        glUseProgram(m_fillProgram.id());
        setCommonUniforms(m_fillProgram, camera, fbW, fbH);
        glBindVertexArray(m_fills.vao.id());
        if (!firsts.empty()) glMultiDrawArrays(GL_TRIANGLES, firsts.data(), counts.data(), static_cast<GLsizei>(firsts.size()));
        for (GLsizei c : counts) m_stats.fillTriangles += static_cast<size_t>(c) / 3;
    }
    m_zones.draw(m_zoneProgram, camera, fbW, fbH);
    if (m_lines.vertexCount > 0) {
        m_lines.ranges.visible(lod, camera.metresPerPixel, firsts, counts);
        glUseProgram(m_lineProgram.id());
        setCommonUniforms(m_lineProgram, camera, fbW, fbH);
        glBindVertexArray(m_lines.vao.id());
        if (!firsts.empty()) glMultiDrawArrays(GL_TRIANGLES, firsts.data(), counts.data(), static_cast<GLsizei>(firsts.size()));
        for (GLsizei c : counts) m_stats.lineSegments += static_cast<size_t>(c) / 6;
    }
    m_flows.draw(m_flowProgram, camera, fbW, fbH);
    m_stats.events = m_events.draw(m_eventProgram, camera);  // under the corpus's place symbols
    if (m_markers.count > 0) {
        glUseProgram(m_markerProgram.id());
        setCommonUniforms(m_markerProgram, camera, fbW, fbH);
        glBindVertexArray(m_markers.vao.id());
        glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, m_markers.count);
    }
    m_labels.draw(m_labelProgram, camera, fbW, fbH, m_text, m_glyphTexture);
    m_stats.labelsPlaced = m_labels.placed();
    m_stats.glyphs = m_labels.glyphs();
    m_overlay.draw({m_fillProgram, m_zoneProgram, m_flowProgram, m_markerProgram, m_labelProgram}, camera, fbW, fbH, m_text,
                   m_glyphTexture);
    glBindVertexArray(0);
    glUseProgram(0);
}

}  // namespace ta
