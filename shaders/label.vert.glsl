// Label glyphs: one instanced quad per glyph, read from the signed-distance-field atlas. The anchor
// is snapped to the pixel grid so small text stays sharp; offsets are in logical pixels (y down).
layout(location = 0) in vec2 a_corner;       // 0..1
layout(location = 1) in vec2 a_anchor;       // map metres
layout(location = 2) in vec4 a_rectPx;       // x0, y0, x1, y1 from the anchor, logical pixels, y down
layout(location = 3) in vec4 a_uv;           // u0, v0, u1, v1 in atlas pixels
layout(location = 4) in vec4 a_color;
layout(location = 5) in vec4 a_halo;
layout(location = 6) in vec2 a_sizeHaloPx;   // em size, halo width (logical pixels)
uniform mat3 u_worldToClip;
uniform vec2 u_viewportPx;
uniform float u_pixelRatio;
uniform vec2 u_atlasSize;
uniform float u_sdfBasePx;                   // size the atlas was rasterised at
uniform float u_sdfSpreadPx;                 // reach of the field beyond the outline, base pixels
out vec2 v_uv;
flat out vec4 v_color;
flat out vec4 v_halo;
flat out float v_pxPerUnit;                  // framebuffer pixels per unit of field value
flat out float v_haloPx;
void main() {
    vec3 clip = u_worldToClip * vec3(a_anchor, 1.0);
    vec2 anchorPx = floor((clip.xy * 0.5 + 0.5) * u_viewportPx + 0.5);
    vec2 offset = mix(a_rectPx.xy, a_rectPx.zw, a_corner) * u_pixelRatio;
    vec2 px = anchorPx + vec2(offset.x, -offset.y);
    gl_Position = vec4(px / u_viewportPx * 2.0 - 1.0, 0.0, 1.0);
    v_uv = mix(a_uv.xy, a_uv.zw, a_corner) / u_atlasSize;
    v_color = a_color;
    v_halo = a_halo;
    v_pxPerUnit = 2.0 * u_sdfSpreadPx * a_sizeHaloPx.x * u_pixelRatio / u_sdfBasePx;
    v_haloPx = a_sizeHaloPx.y * u_pixelRatio;
}
