// The image is premultiplied, like everything the renderer blends.
uniform sampler2D u_image;
in vec2 v_uv;
out vec4 fragColor;
void main() {
    fragColor = texture(u_image, v_uv);
}
