in float v_alpha;
flat in float v_radius;
uniform vec4 u_color;
out vec4 fragColor;
void main() {
    // gl_PointCoord spans the point's square; its distance from the centre in pixels gives coverage.
    float d = length(gl_PointCoord - vec2(0.5)) * (2.0 * v_radius + 2.0);
    float cover = clamp(v_radius + 0.5 - d, 0.0, 1.0);
    if (cover <= 0.0) discard;
    float a = u_color.a * v_alpha * cover;
    fragColor = vec4(u_color.rgb * a, a);
}
