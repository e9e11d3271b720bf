#pragma once
// What ties a place to the corpus beyond the events that name it: the people moved into it. A
// destination such as Jarablus or Idlib is named by no event of its own, yet "which agreements sent
// fighters to Jarablus?" is asked of it. Pure: no ImGui, no GL.

#include "explore/change_report.hpp"
#include "model.hpp"

#include <vector>

namespace ta::explore {

/// Flows ending at the place, in day order, whether or not their event's flows were carried out
/// (a refused deal that would have sent people there still says where they were to go).
std::vector<MovedPeople> flowsInto(const corpus::Corpus& corpus, size_t placeIndex);

}  // namespace ta::explore
