in vec4 v_color;
in float v_acrossPx;
in float v_halfWidthPx;
out vec4 fragColor;
void main() {
    float coverage = clamp(v_halfWidthPx + 0.5 - abs(v_acrossPx), 0.0, 1.0);
    float a = v_color.a * coverage;
    fragColor = vec4(v_color.rgb * a, a);
}
