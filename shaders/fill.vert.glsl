// Filled areas: triangles in map metres relative to u_origin, one colour per vertex.
layout(location = 0) in vec2 a_position;
layout(location = 1) in vec4 a_color;
uniform mat3 u_worldToClip;
out vec4 v_color;
void main() {
    vec3 clip = u_worldToClip * vec3(a_position, 1.0);
    gl_Position = vec4(clip.xy, 0.0, 1.0);
    v_color = a_color;
}
