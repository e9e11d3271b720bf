// Anti-aliased lines with a width in screen pixels: each segment is a quad extruded here, so the
// width stays constant at every zoom.
layout(location = 0) in vec2 a_position;   // map metres relative to u_origin
layout(location = 1) in vec2 a_normal;     // unit normal of the segment (map plane)
layout(location = 2) in vec2 a_extrude;    // x: side (-1/+1), y: end (-1 start, +1 end)
layout(location = 3) in float a_widthPx;
layout(location = 4) in vec4 a_color;
uniform mat3 u_worldToClip;
uniform vec2 u_viewportPx;   // framebuffer size in pixels
uniform float u_pixelRatio;
out vec4 v_color;
out float v_acrossPx;        // signed distance from the centre line, in framebuffer pixels
out float v_halfWidthPx;
void main() {
    float halfWidth = 0.5 * a_widthPx * u_pixelRatio;
    float reach = halfWidth + 1.0;  // one more pixel for the anti-aliased edge
    vec3 clip = u_worldToClip * vec3(a_position, 1.0);
    vec2 n = a_normal;
    vec2 t = vec2(n.y, -n.x);
    // Normals are in the map plane; clip space only scales x and y, so direction is preserved.
    vec2 offsetPx = n * a_extrude.x * reach + t * a_extrude.y * halfWidth;
    gl_Position = vec4(clip.xy + offsetPx * 2.0 / u_viewportPx, 0.0, 1.0);
    v_color = a_color;
    v_acrossPx = a_extrude.x * reach;
    v_halfWidthPx = halfWidth;
}
