// Translucent wash plus anti-aliased stripes (40% of the period), all scaled by the zone's opacity.
in vec2 v_px;
flat in vec4 v_color;
flat in vec3 v_hatch;
uniform float u_pixelRatio;
out vec4 fragColor;
const float kWash = 0.10;
const float kStripe = 0.55;
void main() {
    float angle = v_hatch.y, period = v_hatch.z;
    float across = dot(v_px, vec2(-sin(angle), cos(angle)));        // logical px across the stripes
    float fromCentre = abs(fract(across / period) - 0.5) * period;  // distance to the nearest stripe centre
    float stripe = clamp((0.2 * period - fromCentre) * u_pixelRatio + 0.5, 0.0, 1.0);
    float a = v_hatch.x * v_color.a * (kWash + kStripe * stripe);
    fragColor = vec4(v_color.rgb * a, a);
}
