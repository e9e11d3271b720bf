in vec2 v_px;
flat in float v_radius;
flat in float v_strokePx;
flat in vec4 v_fill;
flat in vec4 v_stroke;
out vec4 fragColor;
void main() {
    float d = length(v_px);
    float outer = clamp(v_radius + v_strokePx * 0.5 + 0.5 - d, 0.0, 1.0);
    float inner = clamp(v_radius - v_strokePx * 0.5 + 0.5 - d, 0.0, 1.0);
    vec4 fill = vec4(v_fill.rgb * v_fill.a, v_fill.a) * inner;
    vec4 ring = vec4(v_stroke.rgb * v_stroke.a, v_stroke.a) * (outer - inner);
    fragColor = fill + ring;
}
