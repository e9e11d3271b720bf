// libFuzzer's entry point for one target; TA_FUZZ_TARGET names it (see tests/fuzz/CMakeLists.txt).
#include "fuzz_targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) { return ta::fuzz::TA_FUZZ_TARGET(data, size); }
