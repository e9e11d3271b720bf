#pragma once
// Small UTF-8 helpers: validation with a position people can find in an editor, decoding and
// encoding single code points. Pure functions on byte buffers (fuzzable).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace ta::corpus {

struct Utf8Problem {
    size_t offset = 0;  // byte offset of the first bad byte
    int line = 1;       // 1-based
    int column = 1;     // 1-based, in bytes
    unsigned byte = 0;  // the first bad byte
};

/// The first invalid sequence (stray continuation byte, truncated sequence, overlong form,
/// surrogate, code point above U+10FFFF), or nullopt when the buffer is valid UTF-8.
std::optional<Utf8Problem> findInvalidUtf8(std::string_view bytes);

/// Decodes the code point at `pos` and advances `pos` past it. On an invalid sequence returns
/// U+FFFD and advances by one byte, so callers always make progress.
char32_t decodeUtf8(std::string_view bytes, size_t& pos);

void appendUtf8(std::string& out, char32_t cp);

}  // namespace ta::corpus
