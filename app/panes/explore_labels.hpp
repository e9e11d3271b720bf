#pragma once
// Names the explorer's panes show for corpus entries, in the interface language (logical order:
// shape with ui_text.hpp's helpers). Unknown ids show as themselves.

#include "app_context.hpp"
#include "explore/change_report.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace ta {

std::string termName(const AppContext& app, const std::vector<corpus::Term>& terms, std::string_view id);
std::string categoryName(const AppContext& app, std::string_view id);
std::string placeName(const AppContext& app, size_t place);
std::string actorName(const AppContext& app, std::string_view id);
std::string governorateName(const AppContext& app, std::string_view id);
std::string statusName(const AppContext& app, std::string_view statusId);
/// "2016-08-26  Title" (the date as precise as the study gives it).
std::string eventLabel(const AppContext& app, size_t event);
/// Plain digits, no grouping: the same in both languages.
std::string countText(int64_t n);
/// "2016-08-26  Daraya to Idlib: 700 fighters".
std::string moveLabel(const AppContext& app, const explore::MovedPeople& move);

}  // namespace ta
