// Event layers: one GL point per dated event; opacity falls from 1 (today) to u_oldestAlpha
// (u_windowDays old). Times are days since 1970 in float: 1/500 day resolution, plenty for a fade.
layout(location = 0) in vec2 a_position;   // map metres relative to the layer's origin
layout(location = 1) in float a_day;
uniform mat3 u_worldToClip;
uniform float u_pixelRatio;
uniform float u_day;
uniform float u_windowDays;
uniform float u_radiusPx;     // logical pixels
uniform float u_oldestAlpha;
out float v_alpha;
flat out float v_radius;      // framebuffer pixels
void main() {
    vec3 clip = u_worldToClip * vec3(a_position, 1.0);
    gl_Position = vec4(clip.xy, 0.0, 1.0);
    float age = clamp((u_day - a_day) / max(u_windowDays, 1e-3), 0.0, 1.0);
    v_alpha = mix(1.0, u_oldestAlpha, age);
    v_radius = u_radiusPx * u_pixelRatio;
    gl_PointSize = 2.0 * v_radius + 2.0;  // a pixel of room for the antialiased edge
}
