// A rectangle in framebuffer pixels (origin top-left, y down) textured with an image whose rows run
// top-down; four vertices from gl_VertexID as a triangle strip.
uniform vec4 u_rectPx;      // x, y, width, height
uniform vec2 u_viewportPx;
out vec2 v_uv;
void main() {
    vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1));
    vec2 px = u_rectPx.xy + corner * u_rectPx.zw;
    v_uv = corner;
    gl_Position = vec4(px.x / u_viewportPx.x * 2.0 - 1.0, 1.0 - px.y / u_viewportPx.y * 2.0, 0.0, 1.0);
}
