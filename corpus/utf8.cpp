#include "utf8.hpp"

namespace ta::corpus {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

/// Length of the valid sequence starting at `pos`, or 0 when it is invalid.
size_t validSequenceLength(std::string_view s, size_t pos, char32_t* out) {
    const auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
    const unsigned b0 = byte(pos);
    if (b0 < 0x80) {
        if (out) *out = b0;
        return 1;
    }
    size_t len = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if ((b0 & 0xE0) == 0xC0) { len = 2; cp = b0 & 0x1F; min = 0x80; }
    else if ((b0 & 0xF0) == 0xE0) { len = 3; cp = b0 & 0x0F; min = 0x800; }
    else if ((b0 & 0xF8) == 0xF0) { len = 4; cp = b0 & 0x07; min = 0x10000; }
    else return 0;
    if (pos + len > s.size()) return 0;
    for (size_t i = 1; i < len; ++i) {
        const unsigned b = byte(pos + i);
        if ((b & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    if (out) *out = cp;
    return len;
}

}  // namespace

std::optional<Utf8Problem> findInvalidUtf8(std::string_view bytes) {
    int line = 1;
    size_t lineStart = 0;
    size_t pos = 0;
    while (pos < bytes.size()) {
        const size_t len = validSequenceLength(bytes, pos, nullptr);
        if (len == 0)
            return Utf8Problem{pos, line, static_cast<int>(pos - lineStart) + 1, static_cast<unsigned char>(bytes[pos])};
        if (bytes[pos] == '\n') {
            ++line;
            lineStart = pos + 1;
        }
        pos += len;
    }
    return std::nullopt;
}

char32_t decodeUtf8(std::string_view bytes, size_t& pos) {
    char32_t cp = 0;
    const size_t len = validSequenceLength(bytes, pos, &cp);
    if (len == 0) {
        ++pos;
        return kReplacement;
    }
    pos += len;
    return cp;
}

void appendUtf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

}  // namespace ta::corpus
