#pragma once
// Text in the interface, in either language. Arabic goes through FriBiDi (arabic_text.hpp): joined
// letters in visual order; paragraphs are broken into lines before shaping (text_wrap.hpp) and
// right-aligned when the interface is in Arabic. Every pane shows text through these helpers.

#include "app_context.hpp"

#include <imgui.h>

#include <string>
#include <string_view>

namespace ta {

/// Shaped for display when the text holds Arabic, else unchanged.
std::string shaped(std::string_view logical);
/// The translated text of `key`, shaped.
std::string T(const AppContext& app, std::string_view key);
/// A widget label: the translated text, shaped, with the key as its ImGui id ("...###key"), so the
/// widget keeps its identity (open state, focus) when the language changes.
std::string L(const AppContext& app, std::string_view key);

/// True when lines should be right-aligned (Arabic interface).
inline bool rtl(const AppContext& app) { return app.lang == Lang::Ar; }

/// One line of text; right-aligned in the available width in Arabic. `color` 0 = the text colour.
void textLine(const AppContext& app, std::string_view logical, ImU32 color = 0);
/// A disabled-grey line.
void textDim(const AppContext& app, std::string_view logical);
/// A paragraph wrapped to the available width (Arabic: broken in logical order, each line shaped,
/// right-aligned).
void paragraph(AppContext& app, std::string_view logical, ImU32 color = 0);
/// A section heading (a separator and a brighter line).
void heading(const AppContext& app, std::string_view logical);
/// A full-width clickable line (links, list rows); returns true when clicked. `id` must be unique
/// in the window.
bool linkLine(const AppContext& app, const char* id, std::string_view logical, bool selected = false, ImU32 color = 0);

/// Publishes the last item's screen rectangle under `id` in app.itemRects (for the UI tests).
void recordItem(AppContext& app, std::string_view id);
/// Publishes any rectangle (a part of a custom-drawn widget).
void recordRect(AppContext& app, std::string_view id, const Rect& rect);

ImU32 toImU32(const Rgba& c);

}  // namespace ta
