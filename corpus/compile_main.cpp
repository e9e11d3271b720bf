// ta-corpus-compile DATA_DIR OUT_DB: the build step that turns corpus/data into corpus.sqlite.
// Fails (exit 1) with the validator's messages when the sources have problems, so the build stops.

#include "error.hpp"
#include "load_corpus.hpp"
#include "store.hpp"

#include <iostream>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: ta-corpus-compile DATA_DIR OUT_DB\n";
        return 2;
    }
    try {
        ta::corpus::LoadResult result = ta::corpus::loadCorpus(argv[1]);
        if (!result.corpus) {
            std::cerr << result.diagnostics.formatAll() << "ta-corpus-compile: " << result.diagnostics.size()
                      << " problems in the corpus sources; " << argv[2] << " not written\n";
            return 1;
        }
        ta::corpus::buildDatabase(*result.corpus, argv[2]);
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "ta-corpus-compile: " << e.what() << "\n";
        return 1;
    }
}
