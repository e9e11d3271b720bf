#pragma once
// `truce-atlas` with no subcommand: the window. Returns the process exit status.

#include <ostream>
#include <string>
#include <vector>

namespace ta {

int runGui(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace ta
