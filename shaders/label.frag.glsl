// Text from a distance field: 0.5 is the outline. The halo is the same field read further out,
// so it costs no extra pass; the text is composited over its halo (premultiplied alpha).
in vec2 v_uv;
flat in vec4 v_color;
flat in vec4 v_halo;
flat in float v_pxPerUnit;
flat in float v_haloPx;
uniform sampler2D u_atlas;
out vec4 fragColor;
void main() {
    float dist = (texture(u_atlas, v_uv).r - 0.5) * v_pxPerUnit;  // framebuffer pixels, > 0 inside
    float fill = clamp(dist + 0.5, 0.0, 1.0);
    float halo = clamp(dist + v_haloPx + 0.5, 0.0, 1.0);
    vec4 text = vec4(v_color.rgb * v_color.a, v_color.a) * fill;
    vec4 ring = vec4(v_halo.rgb * v_halo.a, v_halo.a) * halo;
    fragColor = text + ring * (1.0 - text.a);
}
