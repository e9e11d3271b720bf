// Place symbols: one instanced quad per marker, a circle drawn by its distance field.
layout(location = 0) in vec2 a_corner;      // -1..1
layout(location = 1) in vec2 a_center;      // map metres relative to u_origin
layout(location = 2) in vec2 a_radiusStroke; // x: radius px, y: stroke px (logical pixels)
layout(location = 3) in vec4 a_fill;
layout(location = 4) in vec4 a_stroke;
uniform mat3 u_worldToClip;
uniform vec2 u_viewportPx;
uniform float u_pixelRatio;
out vec2 v_px;               // position inside the quad, framebuffer pixels from the centre
flat out float v_radius;
flat out float v_strokePx;
flat out vec4 v_fill;
flat out vec4 v_stroke;
void main() {
    float radius = a_radiusStroke.x * u_pixelRatio;
    float stroke = a_radiusStroke.y * u_pixelRatio;
    float extent = radius + stroke * 0.5 + 1.0;
    vec3 clip = u_worldToClip * vec3(a_center, 1.0);
    v_px = a_corner * extent;
    gl_Position = vec4(clip.xy + v_px * 2.0 / u_viewportPx, 0.0, 1.0);
    v_radius = radius;
    v_strokePx = stroke;
    v_fill = a_fill;
    v_stroke = a_stroke;
}
