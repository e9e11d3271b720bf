// The arc grows from the origin to its head (progress), drawn as a faint trail with brighter dashes
// that travel towards the destination as progress advances: direction shown by motion, and a pure
// function of the date.
in float v_acrossPx;
in float v_along;
flat in float v_length;
flat in float v_halfWidthPx;
flat in vec4 v_color;
flat in vec2 v_motion;
flat in float v_widthPx;
uniform float u_metresPerPixel;
uniform float u_pixelRatio;
out vec4 fragColor;
const float kTrail = 0.38;
const float kDash = 0.95;
const float kDuty = 0.55;           // fraction of a period that is dash
const float kTravelPeriods = 3.0;   // how far the dashes move over the whole journey
void main() {
    float progress = v_motion.x, alpha = v_motion.y;
    float edge = clamp(v_halfWidthPx + 0.5 - abs(v_acrossPx), 0.0, 1.0);
    float headPx = (progress * v_length - v_along) / u_metresPerPixel * u_pixelRatio;
    float grown = clamp(headPx + 0.5, 0.0, 1.0);
    float period = max(4.0 * v_widthPx, 14.0);                      // logical px
    float s = v_along / u_metresPerPixel - progress * kTravelPeriods * period;
    float phase = fract(s / period) * period;                       // logical px into the period
    float inside = min(phase, kDuty * period - phase);
    float dash = phase < kDuty * period ? clamp(inside * u_pixelRatio + 0.5, 0.0, 1.0) : 0.0;
    float a = v_color.a * alpha * edge * grown * mix(kTrail, kDash, dash);
    fragColor = vec4(v_color.rgb * a, a);
}
