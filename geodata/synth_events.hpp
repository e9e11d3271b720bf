#pragma once
// Synthetic dated point events for scale tests and benchmarks (`truce-atlas synth-events`): the same
// seed gives the same events on every machine (own generator, no std:: distributions, whose output
// differs between standard libraries).

#include <cstdint>
#include <filesystem>
#include <vector>

namespace ta {

struct SynthEvent {
    double lon = 0, lat = 0;
    int32_t day = 0;        // days since 1970-01-01
    int32_t second = 0;     // second of the day, 0..86399
};

struct SynthRequest {
    uint64_t count = 1000000;
    uint64_t seed = 1;
    int32_t fromDay = 0, toDay = 0;  // inclusive; events spread evenly over the range
};

/// Events over Syria's extent (lon 35.6..42.4, lat 32.3..37.3): two thirds clustered about its
/// cities, the rest spread evenly, in generation order (not sorted by time).
std::vector<SynthEvent> generateSynthEvents(const SynthRequest& request);

/// Writes GeoPackage (layer "events", WGS84 points, DateTime field "date") or CSV ("lon,lat,date",
/// ISO 8601 UTC times) by the file's extension, atomically: a failure leaves no file under `path`.
/// Throws ta::Error naming the file.
void writeSynthEvents(const std::vector<SynthEvent>& events, const std::filesystem::path& path);

}  // namespace ta
