#pragma once
// One exception type for runtime failures, carrying the file or resource it concerns so that the
// message the user sees names it ("world_map.gpkg: layer 'countries' not found").

#include <stdexcept>
#include <string>

namespace ta {

class Error : public std::runtime_error {
public:
    explicit Error(const std::string& what) : std::runtime_error(what) {}
    Error(const std::string& where, const std::string& what) : std::runtime_error(where + ": " + what) {}
};

/// A mistake in how the program was called (bad flag, bad value): the CLI exits 2 for these.
class UsageError : public Error {
public:
    using Error::Error;
};

}  // namespace ta
