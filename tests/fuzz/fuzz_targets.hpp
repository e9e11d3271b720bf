#pragma once
// The libFuzzer targets, as plain functions so that the same code runs in two places: under
// libFuzzer (fuzz_main.cpp, one executable per target, clang only) and in the normal test suite,
// which replays the seed inputs and every crash ever found (fuzz_replay_test.cpp, any compiler).
// Each function returns 0 and aborts (a crash libFuzzer reports) when an invariant breaks.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace ta::fuzz {

/// corpus/source_loader: arbitrary bytes as a corpus source file, then the validator over them.
int corpusSource(const uint8_t* data, size_t size);
/// corpus/support/date: parsePartialDate, parseIsoDay and the calendar arithmetic.
int partialDate(const uint8_t* data, size_t size);
/// corpus/search_query + arabic_normalize: the user's search text, up to a real FTS5 query.
int searchQuery(const uint8_t* data, size_t size);
/// app/tour: arbitrary bytes as a tour file.
int tourFile(const uint8_t* data, size_t size);

/// Prints `what` and aborts when `ok` is false (an invariant libFuzzer should report as a crash).
void require(bool ok, std::string_view what);

}  // namespace ta::fuzz
