#pragma once
// `truce-atlas corpus ...`: validate, build, export and search the corpus from the command line.

#include <ostream>
#include <string>
#include <vector>

namespace ta {

/// `args` are the words after `corpus`:
///   validate [DIR]                                    check the sources; print every problem
///   build [-o DB] [DIR]                               compile the sources into a database (atomic)
///   export --format json|geojson|csv [-o FILE] [--db DB | DIR]
///   search [--db DB] TEXT...                          full-text search, one hit per line
/// DIR defaults to the source tree's corpus/data, DB to the build tree's corpus.sqlite.
/// Returns the exit status: 0 success, 1 invalid corpus or runtime error (the message names the
/// file), 2 usage error (the message names the bad argument).
int runCorpusCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace ta
