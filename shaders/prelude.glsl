// Shared by every program: prepended after the #version line.
precision highp float;
