#include "synth_events.hpp"

#include "atomic_file.hpp"
#include "date.hpp"
#include "error.hpp"
#include "gdal_handles.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <memory>

namespace ta {

namespace {

constexpr double kWest = 35.6, kSouth = 32.3, kEast = 42.4, kNorth = 37.3;

// Cities the clusters sit on (lon, lat, relative weight).
constexpr std::array<std::array<double, 3>, 12> kCities = {{
    {36.29, 33.51, 5},  // Damascus and its countryside
    {37.16, 36.20, 5},  // Aleppo
    {36.72, 34.73, 3},  // Homs
    {36.75, 35.13, 2},  // Hama
    {36.63, 35.93, 3},  // Idlib
    {36.10, 32.62, 2},  // Daraa
    {35.79, 35.52, 1},  // Latakia
    {39.01, 35.95, 2},  // Raqqa
    {40.14, 35.34, 2},  // Deir ez-Zor
    {40.75, 36.50, 1},  // Hasakah
    {36.57, 32.71, 1},  // Suwayda
    {35.82, 33.12, 1},  // Quneitra
}};

// splitmix64: small, fast, and the same sequence everywhere.
struct Rng {
    uint64_t state;
    uint64_t next() {
        uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)
    double normal() {  // Box-Muller, one of the pair
        const double u = 1.0 - uniform(), v = uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * v);
    }
};

std::string isoTime(const SynthEvent& e) {
    const CivilDate c = civilFromDay(Day{e.day});
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d", c.year, c.month, c.day, e.second / 3600, e.second / 60 % 60,
                  e.second % 60);
    return text;
}

void writeCsv(const std::vector<SynthEvent>& events, const std::filesystem::path& file, const std::string& where) {
    std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(file.c_str(), "wb"), &std::fclose);
    if (!f) throw Error(where, "cannot write");
    std::fputs("lon,lat,date\n", f.get());
    for (const SynthEvent& e : events) std::fprintf(f.get(), "%.6f,%.6f,%s\n", e.lon, e.lat, isoTime(e).c_str());
    if (std::fflush(f.get()) != 0 || std::ferror(f.get())) throw Error(where, "write failed (disk full?)");
}

void writeGpkg(const std::vector<SynthEvent>& events, const std::filesystem::path& file, const std::string& where) {
    ensureGdalRegistered();
    GdalMessageCollector messages;
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver) throw Error(where, "GDAL has no GeoPackage driver");
    GDALDatasetUniquePtr ds(driver->Create(file.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) throw Error(where, "cannot create a GeoPackage (" + messages.last() + ")");
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    // No R-tree: the events are read whole, and building one for a million points doubles the time.
    const char* layerOptions[] = {"SPATIAL_INDEX=NO", nullptr};
    OGRLayer* layer = ds->CreateLayer("events", &wgs84, wkbPoint, const_cast<char**>(layerOptions));
    if (!layer) throw Error(where, "cannot create layer 'events' (" + messages.last() + ")");
    OGRFieldDefn dateField("date", OFTDateTime);
    if (layer->CreateField(&dateField) != OGRERR_NONE) throw Error(where, "cannot create field 'date' (" + messages.last() + ")");
    if (ds->StartTransaction() != OGRERR_NONE) throw Error(where, "cannot start a transaction (" + messages.last() + ")");
    OGRFeature feature(layer->GetLayerDefn());
    for (const SynthEvent& e : events) {
        const CivilDate c = civilFromDay(Day{e.day});
        feature.SetFID(OGRNullFID);
        feature.SetField(0, c.year, c.month, c.day, e.second / 3600, e.second / 60 % 60, static_cast<float>(e.second % 60), 100);
        feature.SetGeometry(std::make_unique<OGRPoint>(e.lon, e.lat).get());
        if (layer->CreateFeature(&feature) != OGRERR_NONE) throw Error(where, "cannot write a feature (" + messages.last() + ")");
    }
    if (ds->CommitTransaction() != OGRERR_NONE) throw Error(where, "cannot commit (" + messages.last() + ")");
    const size_t failuresBefore = messages.failures;
    ds.reset();  // GDAL 3.6 has no Close(): closing writes the file; failures are reported as errors
    if (messages.failures > failuresBefore) throw Error(where, "cannot close (" + messages.lastFailure + ")");
}

}  // namespace

std::vector<SynthEvent> generateSynthEvents(const SynthRequest& request) {
    Rng rng{request.seed};
    double totalWeight = 0;
    for (const auto& c : kCities) totalWeight += c[2];
    const int32_t span = std::max(1, request.toDay - request.fromDay + 1);
    std::vector<SynthEvent> events(request.count);
    for (SynthEvent& e : events) {
        if (rng.uniform() < 2.0 / 3.0) {
            double pick = rng.uniform() * totalWeight;
            size_t city = 0;
            while (city + 1 < kCities.size() && pick >= kCities[city][2]) pick -= kCities[city++][2];
            e.lon = std::clamp(kCities[city][0] + 0.12 * rng.normal(), kWest, kEast);
            e.lat = std::clamp(kCities[city][1] + 0.10 * rng.normal(), kSouth, kNorth);
        } else {
            e.lon = kWest + (kEast - kWest) * rng.uniform();
            e.lat = kSouth + (kNorth - kSouth) * rng.uniform();
        }
        e.day = request.fromDay + static_cast<int32_t>(rng.next() % static_cast<uint64_t>(span));
        e.second = static_cast<int32_t>(rng.next() % 86400);
    }
    return events;
}

void writeSynthEvents(const std::vector<SynthEvent>& events, const std::filesystem::path& path) {
    const std::string where = path.string();
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (ext != ".gpkg" && ext != ".csv") throw UsageError(where, "the output must end in .gpkg or .csv");
    AtomicFile out(path);
    if (ext == ".csv") writeCsv(events, out.tempPath(), where);
    else writeGpkg(events, out.tempPath(), where);
    out.commit();
}

}  // namespace ta
