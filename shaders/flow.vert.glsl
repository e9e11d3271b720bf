// Evacuation arcs: a strip along the arc with mitred joins (no overlaps, so translucency stays even),
// its width in screen pixels.
layout(location = 0) in vec2 a_position;   // map metres
layout(location = 1) in vec2 a_miter;      // join normal, scaled so the strip keeps its width
layout(location = 2) in vec3 a_path;       // side (-1/+1), metres from the origin, arc length
layout(location = 3) in float a_widthPx;
layout(location = 4) in vec4 a_color;
layout(location = 5) in vec2 a_motion;     // progress 0..1, alpha
uniform mat3 u_worldToClip;
uniform vec2 u_viewportPx;
uniform float u_pixelRatio;
out float v_acrossPx;                      // framebuffer px from the centre line
out float v_along;                         // metres from the origin
flat out float v_length;
flat out float v_halfWidthPx;
flat out vec4 v_color;
flat out vec2 v_motion;
flat out float v_widthPx;
void main() {
    float halfWidth = 0.5 * a_widthPx * u_pixelRatio;
    float reach = halfWidth + 1.0;
    vec3 clip = u_worldToClip * vec3(a_position, 1.0);
    gl_Position = vec4(clip.xy + a_miter * a_path.x * reach * 2.0 / u_viewportPx, 0.0, 1.0);
    v_acrossPx = a_path.x * reach;
    v_along = a_path.y;
    v_length = a_path.z;
    v_halfWidthPx = halfWidth;
    v_color = a_color;
    v_motion = a_motion;
    v_widthPx = a_widthPx;
}
