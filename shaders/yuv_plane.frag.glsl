// RGBA (premultiplied over an opaque map, so alpha is 1) -> one plane of YUV 4:2:0, BT.709 limited
// range, as video players expect for HD. Texels are fetched exactly (no filtering) so the result is
// the same on every driver. Rows come out top-down: plane row r reads image row r, which is texture
// row (height - 1 - r) because GL's rows run bottom-up.
uniform sampler2D u_source;
uniform int u_plane;        // 0 = Y (full size), 1 = Cb, 2 = Cr (half size, 2x2 averages)
uniform ivec2 u_sourceSize;
uniform int u_originX;      // where this plane starts in its framebuffer (Cb and Cr share one)
out vec4 fragColor;

const vec3 kLuma = vec3(0.2126, 0.7152, 0.0722);

vec3 texel(int x, int imageRow) {
    return texelFetch(u_source, ivec2(x, u_sourceSize.y - 1 - imageRow), 0).rgb;
}

void main() {
    ivec2 p = ivec2(gl_FragCoord.xy) - ivec2(u_originX, 0);
    if (u_plane == 0) {
        float y = dot(texel(p.x, p.y), kLuma);
        fragColor = vec4((16.0 + 219.0 * y) / 255.0, 0.0, 0.0, 1.0);
        return;
    }
    int x = p.x * 2, row = p.y * 2;
    vec3 c = (texel(x, row) + texel(x + 1, row) + texel(x, row + 1) + texel(x + 1, row + 1)) * 0.25;
    float y = dot(c, kLuma);
    float chroma = u_plane == 1 ? (c.b - y) / 1.8556 : (c.r - y) / 1.5748;
    fragColor = vec4((128.0 + 224.0 * chroma) / 255.0, 0.0, 0.0, 1.0);
}
