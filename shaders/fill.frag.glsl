in vec4 v_color;
out vec4 fragColor;
void main() {
    fragColor = vec4(v_color.rgb * v_color.a, v_color.a);  // premultiplied alpha
}
