// Zones: triangles in map metres; the hatching is computed per fragment from the map position in
// logical pixels, so stripes keep their spacing at every zoom, stay put while panning and agree
// across the tiles of a large export.
layout(location = 0) in vec2 a_position;   // map metres
layout(location = 1) in vec4 a_color;
layout(location = 2) in vec3 a_hatch;      // opacity, stripe angle (radians), stripe period (logical px)
uniform mat3 u_worldToClip;
uniform float u_metresPerPixel;
out vec2 v_px;                             // map position in logical pixels
flat out vec4 v_color;
flat out vec3 v_hatch;
void main() {
    vec3 clip = u_worldToClip * vec3(a_position, 1.0);
    gl_Position = vec4(clip.xy, 0.0, 1.0);
    v_px = a_position / u_metresPerPixel;
    v_color = a_color;
    v_hatch = a_hatch;
}
