#pragma once
// The map's look in one place: colours, widths and sizes. Status colours follow the Okabe-Ito
// palette, which stays distinguishable with the common forms of colour blindness.

#include "scene.hpp"

#include <array>
#include <string_view>

namespace ta {

struct Style {
    Rgba sea = rgbaFromHex("#cad9e2");
    Rgba neighbourFill = rgbaFromHex("#e9e6df");
    Rgba neighbourOutline = rgbaFromHex("#b7b1a5");
    Rgba syriaFill = rgbaFromHex("#fbf8f1");
    Rgba boundaryFillA = rgbaFromHex("#f7f2e6");
    Rgba boundaryFillB = rgbaFromHex("#f1ecdf");
    Rgba boundaryOutline = rgbaFromHex("#a99f8c");
    Rgba syriaOutline = rgbaFromHex("#4f473b");
    Rgba hoverFill = rgbaFromHex("#ffe7a3");
    Rgba selectedOutline = rgbaFromHex("#1d1d1b");
    float neighbourOutlinePx = 0.8f;
    float boundaryOutlinePx = 0.9f;
    float syriaOutlinePx = 1.8f;
    float placeRadiusPx = 4.5f;
    float placeStrokePx = 1.2f;
    Rgba placeStroke = rgbaFromHex("#ffffff");
    // The explorer's emphasis (PlaceEmphasis): filtered-out places fade; marked ones get a ring in a
    // colour no status uses (Okabe-Ito bluish green).
    float dimmedPlaceAlpha = 0.22f;
    Rgba markedRing = rgbaFromHex("#009e73");
    float markedRingPx = 2.5f;
    float markedRingGapPx = 1.5f;

    // Labels (render/text/), sizes in logical pixels. The halo, in the land colour, keeps names
    // legible over boundaries, zones and arcs.
    float placeLabelPx = 11.5f;
    float mainPlaceLabelPx = 13;       // the places the study's cases are named after
    float areaLabelPx = 11;
    float labelHaloPx = 1.6f;
    float labelGapPx = 2.5f;           // between a symbol's edge and its label
    Rgba placeLabel = rgbaFromHex("#26231f");
    Rgba areaLabel = rgbaFromHex("#7d7260");
    Rgba labelHalo = rgbaFromHex("#fbf8f1f0");
    float arabicLabelScale = 1.15f;    // Noto Sans Arabic's letters are smaller at the same em size
    double governorateLabelMinMetresPerPixel = 250;  // governorate names only when zoomed out

    // Highlight rings around the selected and the hovered place.
    float highlightRingGapPx = 2.5f;
    float selectedRingPx = 2.2f;
    float hoverRingPx = 1.5f;
    Rgba hoverRing = rgbaFromHex("#1d1d1bb0");

    // Overlays on exports (overlay_layout.hpp).
    Rgba overlayPanel = rgbaFromHex("#fbf8f1e6");
    Rgba dateCaption = rgbaFromHex("#8a3b00");

    // Zones (schematic): translucent hatching, the de-escalation zones in the de-escalation status
    // colour, the demilitarised zone in a dark grey hatched the other way.
    Rgba deescalationZone = rgbaFromHex("#3a9fd8");
    Rgba demilitarisedZone = rgbaFromHex("#4a4a4a");
    float zoneOutlinePx = 1.1f;
    float zoneHatchSpacingPx = 7;

    // Evacuation arcs: Okabe-Ito bluish green (no status uses it), width by people moved.
    Rgba flow = rgbaFromHex("#007d5c");
    float flowMinWidthPx = 1.6f;
    float flowMaxWidthPx = 9;
    float flowHeadRadiusPx = 3.2f;

    // Sub-districts coloured by the status of the corpus places in them: the status colour mixed
    // into the area's fill by this much (the points, drawn on top, keep the full colour).
    float areaStatusTint = 0.6f;
    float areaNoStatusTint = 0.25f;  // places with no agreement yet: a hint that the study is here, no more

    // User layers (--layer): polygons without fill= take userFill; fill= categories take the
    // categorical palette (Paul Tol's "light" and "muted" schemes: distinct, calm under labels).
    Rgba userFill = rgbaFromHex("#e8e4da");
    Rgba userOutline = rgbaFromHex("#8d8372");
    Rgba userLine = rgbaFromHex("#3d5a80");
    Rgba userPoint = rgbaFromHex("#33312e");
    Rgba userLabel = rgbaFromHex("#1d1d1b");
    Rgba userLabelHalo = rgbaFromHex("#ffffffe0");
    Rgba userEmptyCategory = rgbaFromHex("#dddddd");
    float userOutlinePx = 0.8f;
    float userLinePx = 1.5f;
    float userPointRadiusPx = 2.6f;
    // Event layers (time=): small dots, many of them; the colour reads on land and sea alike.
    Rgba eventPoint = rgbaFromHex("#b2182b");
    float eventPointRadiusPx = 1.6f;
    float eventOldestAlpha = 0.2f;
    std::array<Rgba, 14> categorical = {
        rgbaFromHex("#77aadd"), rgbaFromHex("#ee8866"), rgbaFromHex("#eedd88"), rgbaFromHex("#ffaabb"),
        rgbaFromHex("#99ddff"), rgbaFromHex("#44bb99"), rgbaFromHex("#bbcc33"), rgbaFromHex("#aaaa00"),
        rgbaFromHex("#cc6677"), rgbaFromHex("#88ccee"), rgbaFromHex("#ddcc77"), rgbaFromHex("#44aa99"),
        rgbaFromHex("#aa4499"), rgbaFromHex("#999933")};
    /// Colour of category `index` (cycling through the palette); userEmptyCategory for -1.
    Rgba categoryColor(int index) const;

    /// Radius of a place's symbol at rest (no pulse, no hover): its area grows with the people
    /// moved from it, radius ~ sqrt(people), capped at four times the base for legibility.
    float placeRadiusFor(double peopleMoved) const;

    /// Colour of a place status id from taxonomy.toml ("none", "truce", ...); grey for unknown ids.
    Rgba statusColor(std::string_view status) const;
};

}  // namespace ta
