// libFuzzer target: the corpus source parser and validator on arbitrary bytes. Must never crash,
// hang or throw; every input yields a corpus or diagnostics.

#include "source_loader.hpp"
#include "validator.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace ta::corpus;
    CorpusData corpus;
    Diagnostics diags;
    SourceLines lines;
    ReadContext ctx{diags, lines};
    loadSourceText(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.toml", corpus, ctx);
    validateCorpus(corpus, lines, diags);
    if (diags.empty()) Corpus{std::move(corpus)};
    return 0;
}
