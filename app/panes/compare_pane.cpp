#include "compare_pane.hpp"

#include "explore/category_map.hpp"
#include "explore/clause_matrix.hpp"
#include "explore_labels.hpp"
#include "pane.hpp"
#include "text_wrap.hpp"
#include "ui_text.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace ta {

namespace {

constexpr float kRowLabelEm = 19.f;     // the agreement column
constexpr float kColumnEm = 2.5f;       // each category column: two rotated lines of its name
constexpr float kHeaderEm = 9.5f;       // height of the rotated names
constexpr float kDetailEm = 22.f;       // the clicked cell's clauses, beside the matrix
constexpr int kHeaderLines = 2;

// Text drawn horizontally at `origin` (its top-left), then turned a quarter to read bottom to top,
// so that `origin` becomes its bottom-left. ImGui 1.86 cannot draw rotated text itself; this turns
// the vertices it just added. Drawn without clipping, so callers only draw what fits (see below).
void addRotatedText(ImDrawList* dl, ImVec2 origin, ImU32 color, const std::string& visual) {
    dl->PushClipRectFullScreen();
    const int first = dl->VtxBuffer.Size;
    dl->AddText(origin, color, visual.c_str());
    for (int i = first; i < dl->VtxBuffer.Size; ++i) {
        ImVec2& p = dl->VtxBuffer[i].pos;
        const float dx = p.x - origin.x, dy = p.y - origin.y;
        p = ImVec2(origin.x + dy, origin.y - dx);
    }
    dl->PopClipRect();
}

// The category's name broken into at most kHeaderLines lines that fit `maxPx` (the last one cut
// with an ellipsis), each shaped for display.
std::vector<std::string> headerLines(const std::string& logical, float maxPx) {
    const auto measure = [](std::string_view s) { return ImGui::CalcTextSize(shaped(s).c_str()).x; };
    std::vector<std::string> lines = wrapLogicalText(logical, maxPx, measure);
    if (lines.size() > static_cast<size_t>(kHeaderLines)) {
        lines.resize(kHeaderLines);
        lines.back() += "…";
    }
    for (std::string& l : lines) {
        while (measure(l) > maxPx && l.size() > 4) {
            // Drop the last code point before the ellipsis (UTF-8: back up over continuation bytes).
            const bool ell = l.size() >= 3 && l.compare(l.size() - 3, 3, "…") == 0;
            if (ell) l.erase(l.size() - 3);
            size_t cut = l.size() - 1;
            while (cut > 0 && (static_cast<unsigned char>(l[cut]) & 0xC0) == 0x80) --cut;
            l.erase(cut);
            l += "…";
        }
        l = shaped(l);
    }
    return lines;
}

std::string cellText(const std::vector<int>& clauses) {
    std::string s;
    for (int n : clauses) {
        if (!s.empty()) s += ',';
        s += std::to_string(n);
    }
    return s;
}

void drawHeaderRow(AppContext& app, const explore::ClauseMatrix& m, float headerPx) {
    const corpus::Corpus& c = *app.corpus;
    explore::MatrixView& v = app.explore.matrix;
    const float em = ImGui::GetFontSize();
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers, headerPx);
    ImGui::TableSetColumnIndex(0);
    ImGui::Dummy(ImVec2(0, headerPx - 1.6f * em));
    textDim(app, tr(app.lang, "compare.header_hint"));
    for (size_t col = 0; col < m.columns.size(); ++col) {
        if (!ImGui::TableSetColumnIndex(static_cast<int>(col) + 1)) continue;
        const corpus::Term& term = c.taxonomy().categories[m.columns[col]];
        const bool chosen = v.colourCategory == term.id;
        const ImVec2 cell = ImGui::GetCursorScreenPos();
        const float w = ImGui::GetContentRegionAvail().x;
        ImGui::PushID(static_cast<int>(col));
        if (ImGui::InvisibleButton("##head", ImVec2(w, headerPx))) v.colourCategory = chosen ? "" : term.id;
        recordItem(app, "compare.header." + term.id);
        const bool hovered = ImGui::IsItemHovered();
        ImGui::PopID();
        if (hovered) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(24 * em);
            textLine(app, pick(app.lang, term.en, term.ar));
            textDim(app, std::to_string(m.columnRows[col]) + " " + tr(app.lang, "compare.agreements_hold"));
            textDim(app, tr(app.lang, chosen ? "compare.header_click_off" : "compare.header_click_on"));
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
        ImDrawList* dl = ImGui::GetWindowDrawList();
        if (chosen) dl->AddRectFilled(cell, ImVec2(cell.x + w, cell.y + headerPx), toImU32(app.style.markedRing.withAlpha(0.45f)));
        // Rotated text ignores clipping: draw it only when the whole column is in view (not under
        // the frozen agreement column, not past the table's edge).
        const ImVec2 clipMin = dl->GetClipRectMin(), clipMax = dl->GetClipRectMax();
        if (cell.x < clipMin.x - 0.5f || cell.x + w > clipMax.x + 0.5f) continue;
        const std::vector<std::string> lines = headerLines(pick(app.lang, term.en, term.ar), headerPx - 0.6f * em);
        const float lineH = ImGui::GetTextLineHeight();
        const ImU32 col32 = ImGui::GetColorU32(hovered || chosen ? ImGuiCol_Text : ImGuiCol_TextDisabled);
        for (size_t i = 0; i < lines.size(); ++i)
            addRotatedText(dl, ImVec2(cell.x + 0.1f * em + lineH * static_cast<float>(i), cell.y + headerPx - 0.3f * em), col32, lines[i]);
    }
}

void drawRows(AppContext& app, const explore::ClauseMatrix& m) {
    const corpus::Corpus& c = *app.corpus;
    explore::MatrixView& v = app.explore.matrix;
    const ImU32 filled = toImU32(app.style.markedRing.withAlpha(0.35f));
    const ImU32 chosenColumn = toImU32(app.style.markedRing.withAlpha(0.12f));
    const int colourColumn = v.colourCategory.empty() ? -1 : [&] {
        const corpus::Term* t = c.findCategory(v.colourCategory);
        return t ? m.columnOf(static_cast<uint32_t>(t - c.taxonomy().categories.data())) : -1;
    }();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(m.rows.size()));
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const explore::ClauseMatrix::Row& row = m.rows[static_cast<size_t>(r)];
            const corpus::Event& e = c.events()[row.event];
            const bool selected = app.selection.event == static_cast<int>(row.event);
            ImGui::TableNextRow();
            ImGui::PushID(r);
            ImGui::TableSetColumnIndex(0);
            if (linkLine(app, "row", eventLabel(app, row.event), selected)) app.post(cmd::SelectEvent{static_cast<int>(row.event), true, true});
            recordItem(app, "compare.row." + e.id);
            if (ImGui::IsItemHovered()) {
                ImGui::BeginTooltip();
                textLine(app, eventLabel(app, row.event));
                ImGui::EndTooltip();
            }
            for (size_t col = 0; col < row.cells.size(); ++col) {
                if (!ImGui::TableSetColumnIndex(static_cast<int>(col) + 1)) continue;
                if (static_cast<int>(col) == colourColumn) ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, chosenColumn);
                const std::vector<int>& cell = row.cells[col];
                if (cell.empty()) continue;
                const uint32_t category = m.columns[col];
                const bool isCellSelected = v.cellEvent == static_cast<int>(row.event) && v.cellCategory == static_cast<int>(category);
                ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, filled);
                ImGui::PushID(static_cast<int>(col));
                if (ImGui::Selectable(cellText(cell).c_str(), isCellSelected)) {
                    v.cellEvent = static_cast<int>(row.event);
                    v.cellCategory = static_cast<int>(category);
                    app.post(cmd::SelectEvent{static_cast<int>(row.event), true, true});
                }
                recordItem(app, "compare.cell." + e.id + "." + c.taxonomy().categories[category].id);
                ImGui::PopID();
            }
            ImGui::PopID();
        }
    }
}

// When the selection changes elsewhere (timeline, search, details), bring its row into view. Rows
// outside the clipper are not drawn, so the position is computed from the row height.
void scrollToSelection(AppContext& app, const explore::ClauseMatrix& m) {
    explore::MatrixView& v = app.explore.matrix;
    if (app.selection.event == v.seenSelection) return;
    v.seenSelection = app.selection.event;
    const auto row = std::find_if(m.rows.begin(), m.rows.end(), [&](const explore::ClauseMatrix::Row& r) {
        return static_cast<int>(r.event) == app.selection.event;
    });
    if (row == m.rows.end()) return;
    const float rowH = ImGui::GetTextLineHeight() + 2 * ImGui::GetStyle().CellPadding.y;
    const float y = static_cast<float>(row - m.rows.begin()) * rowH;
    const float visible = ImGui::GetWindowHeight() - kHeaderEm * ImGui::GetFontSize();
    if (y < ImGui::GetScrollY() || y + rowH > ImGui::GetScrollY() + visible) ImGui::SetScrollY(std::max(y - visible * 0.3f, 0.f));
}

// The clicked cell: the agreement, the category and the full text of its clauses in it.
void drawCellDetail(AppContext& app) {
    const corpus::Corpus& c = *app.corpus;
    const explore::MatrixView& v = app.explore.matrix;
    if (v.cellEvent < 0 || v.cellEvent >= static_cast<int>(c.events().size()) || v.cellCategory < 0 ||
        v.cellCategory >= static_cast<int>(c.taxonomy().categories.size())) {
        textDim(app, tr(app.lang, "compare.click_hint"));
        return;
    }
    const corpus::Event& e = c.events()[static_cast<size_t>(v.cellEvent)];
    const corpus::Term& cat = c.taxonomy().categories[static_cast<size_t>(v.cellCategory)];
    textLine(app, eventLabel(app, static_cast<size_t>(v.cellEvent)), ImGui::GetColorU32(ImGuiCol_PlotLinesHovered));
    textDim(app, pick(app.lang, cat.en, cat.ar));
    for (const corpus::Clause& cl : e.clauses) {
        if (std::find(cl.categories.begin(), cl.categories.end(), cat.id) == cl.categories.end()) continue;
        paragraph(app, std::string(tr(app.lang, "compare.clause")) + " " + std::to_string(cl.n) + ": " + pick(app.lang, cl.en, cl.ar));
    }
}

void drawCategoryChooser(AppContext& app) {
    const corpus::Corpus& c = *app.corpus;
    explore::MatrixView& v = app.explore.matrix;
    const float em = ImGui::GetFontSize();
    ImGui::SetNextItemWidth(18 * em);
    const std::string preview = v.colourCategory.empty() ? T(app, "compare.colour_none") : shaped(categoryName(app, v.colourCategory));
    if (ImGui::BeginCombo(L(app, "compare.colour_by").c_str(), preview.c_str())) {
        if (ImGui::Selectable(L(app, "compare.colour_none").c_str(), v.colourCategory.empty())) v.colourCategory.clear();
        for (const corpus::Term& t : c.taxonomy().categories)
            if (ImGui::Selectable((shaped(pick(app.lang, t.en, t.ar)) + "###" + t.id).c_str(), v.colourCategory == t.id)) v.colourCategory = t.id;
        ImGui::EndCombo();
    }
    recordItem(app, "compare.colour_by");
    if (v.colourCategory.empty()) return;
    ImGui::SameLine();
    ImGui::Checkbox(L(app, "compare.up_to_date").c_str(), &v.colourUpToDate);
    const std::optional<Day> upTo = v.colourUpToDate ? std::optional<Day>(app.playback.current()) : std::nullopt;
    const explore::CategoryHolding h = explore::placesHoldingCategory(c, v.colourCategory, app.filters, upTo);
    std::string names;
    for (size_t p = 0; p < h.firstEvent.size(); ++p)
        if (h.holds(p)) {
            if (!names.empty()) names += app.lang == Lang::Ar ? "، " : ", ";
            names += placeName(app, p);
        }
    textLine(app, std::to_string(h.placeCount) + " " + tr(app.lang, "compare.places_marked") + " (" + std::to_string(h.events.size()) + " " +
                      tr(app.lang, "compare.agreements") + ")",
             toImU32(app.style.markedRing));
    if (!names.empty()) paragraph(app, names, ImGui::GetColorU32(ImGuiCol_TextDisabled));
}

}  // namespace

void drawComparePane(AppContext& app) {
    const float em = ImGui::GetFontSize();
    // Wide by nature: across the window's top half, leaving the south of the map (Damascus, Daraa,
    // where most places are) in view for the category marking.
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const Rect& map = app.layout.map;
    const float gap = 0.3f * em;
    const Rect firstUse{gap, map.y + gap, display.x - 2 * gap, std::max(map.h * 0.6f, 20 * em)};
    if (!beginPane(app, "compare", app.show.compare, firstUse)) return;
    // Published for the UI tests, which look at the map beside the pane.
    app.itemRects.insert_or_assign("compare.window", Rect{ImGui::GetWindowPos().x, ImGui::GetWindowPos().y,
                                                          ImGui::GetWindowSize().x, ImGui::GetWindowSize().y});
    if (!app.corpus) {
        textDim(app, tr(app.lang, "explore.no_corpus"));
        ImGui::End();
        return;
    }
    explore::MatrixView& v = app.explore.matrix;
    const explore::ClauseMatrix m = explore::buildClauseMatrix(*app.corpus, app.filters, v.keepEmptyColumns);

    textDim(app, std::to_string(m.rows.size()) + " " + tr(app.lang, "compare.agreements") + " × " + std::to_string(m.columns.size()) + " " +
                     tr(app.lang, "compare.categories") + (app.filters.active() ? "  (" + tr(app.lang, "explore.filtered") + ")" : ""));
    ImGui::Checkbox(L(app, "compare.empty_columns").c_str(), &v.keepEmptyColumns);
    ImGui::SameLine();
    drawCategoryChooser(app);

    if (m.rows.empty()) {
        textDim(app, tr(app.lang, "compare.no_rows"));
        ImGui::End();
        return;
    }
    const float tableW = std::max(ImGui::GetContentRegionAvail().x - kDetailEm * em, 20 * em);
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
    if (ImGui::BeginTable("##matrix", static_cast<int>(m.columns.size()) + 1, flags, ImVec2(tableW, 0))) {
        ImGui::TableSetupScrollFreeze(1, 1);
        ImGui::TableSetupColumn("##agreement", ImGuiTableColumnFlags_WidthFixed, kRowLabelEm * em);
        for (size_t col = 0; col < m.columns.size(); ++col)
            ImGui::TableSetupColumn(("##c" + std::to_string(col)).c_str(), ImGuiTableColumnFlags_WidthFixed, kColumnEm * em);
        scrollToSelection(app, m);
        drawHeaderRow(app, m, kHeaderEm * em);
        drawRows(app, m);
        ImGui::EndTable();
    }
    ImGui::SameLine();
    ImGui::BeginChild("##cell", ImVec2(0, 0));
    drawCellDetail(app);
    ImGui::EndChild();
    ImGui::End();
}

}  // namespace ta
