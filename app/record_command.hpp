#pragma once
// `truce-atlas record`: a date range or a tour rendered offscreen, frame by frame, to H.264 MP4,
// VP9 WebM, GIF or a directory of PNG frames. Ctrl-C cancels and leaves no file under the output
// name. Exit status: 0 done, 1 failure, 2 usage error, 130 cancelled.

#include "recorder.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace ta {

/// Throws ta::UsageError naming the argument; loads (and parses) the tour file, so a malformed tour
/// fails here with "file:line: problem".
RecordRequest parseRecordArgs(const std::vector<std::string>& args);

int runRecordCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace ta
