#include "fuzz_targets.hpp"

#include <cstdio>
#include <cstdlib>

namespace ta::fuzz {

void require(bool ok, std::string_view what) {
    if (ok) return;
    std::fprintf(stderr, "fuzz invariant broken: %.*s\n", static_cast<int>(what.size()), what.data());
    std::abort();
}

}  // namespace ta::fuzz
