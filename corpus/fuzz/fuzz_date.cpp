// libFuzzer target: the partial date parser and the spans it computes.

#include "date.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string why;
    const auto date = ta::parsePartialDate(std::string_view(reinterpret_cast<const char*>(data), size), &why);
    if (date) {
        const ta::Day first = date->first(), last = date->last(), mid = date->representative();
        if (first > last || mid < first || mid > last) std::abort();
        if (ta::parsePartialDate(date->iso()) != date) std::abort();  // formatting round-trips
    }
    return 0;
}
