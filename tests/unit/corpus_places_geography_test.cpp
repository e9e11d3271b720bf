// Every corpus place lies where its record says: inside its governorate in the default boundaries
// (Natural Earth admin-1) and inside a sub-district of the OCHA/geoBoundaries ADM3 file when
// ../shared has it. Reads the boundary files with OGR directly, so it checks the data, not our
// loaders.

#include "load_corpus.hpp"

#include <gtest/gtest.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>

namespace fs = std::filesystem;

namespace {

const fs::path kAdm3 = fs::path(TA_SHARED_DIR) / "geodata/geoboundaries/geoBoundaries-SYR-ADM3_simplified.topojson";

fs::path naturalEarth() {
    if (const char* env = std::getenv("TRUCE_ATLAS_GEODATA"); env && *env) return env;
    const char* xdg = std::getenv("XDG_CACHE_HOME");
    const char* home = std::getenv("HOME");
    const fs::path cache = xdg && *xdg ? fs::path(xdg) : fs::path(home ? home : "/root") / ".cache";
    return cache / "truce-atlas/world_map.gpkg";
}

struct Area {
    std::string name;
    std::unique_ptr<OGRGeometry> geometry;
};

std::vector<Area> readAreas(const fs::path& path, const char* layer, const char* nameField, const char* filter) {
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds) return {};
    OGRLayer* l = layer ? ds->GetLayerByName(layer) : ds->GetLayer(0);
    if (!l) return {};
    if (filter) l->SetAttributeFilter(filter);
    std::vector<Area> areas;
    for (auto& f : *l) {
        if (!f->GetGeometryRef()) continue;
        Area a{f->GetFieldAsString(nameField), std::unique_ptr<OGRGeometry>(f->GetGeometryRef()->clone())};
        areas.push_back(std::move(a));
    }
    return areas;
}

const ta::corpus::Corpus& corpus() {
    static const ta::corpus::Corpus c = [] {
        auto r = ta::corpus::loadCorpus(fs::path(TA_SOURCE_DIR) / "corpus/data");
        if (!r.corpus) throw std::runtime_error("corpus does not validate");
        return std::move(*r.corpus);
    }();
    return c;
}

// Natural Earth admin-1 names of Syria's governorates -> corpus governorate ids.
const std::map<std::string, std::string> kNaturalEarthToId = {
    {"Damascus", "damascus"}, {"Rif Dimashq", "rif-dimashq"}, {"Aleppo", "aleppo"}, {"Homs (Hims)", "homs"},
    {"Hamah", "hama"}, {"Idlib", "idlib"}, {"Lattakia", "latakia"}, {"Tartus", "tartus"}, {"Dar`a", "daraa"},
    {"As Suwayda'", "as-suwayda"}, {"Quneitra", "quneitra"}, {"Dayr Az Zawr", "deir-ez-zor"}, {"Ar Raqqah", "raqqa"},
    {"Hasaka (Al Haksa)", "hasakah"}, {"UNDOF", "quneitra"}};

// Degrees of slack for generalised coastlines and borders (~2 km at Syria's latitude).
constexpr double kSlackDegrees = 0.02;

}  // namespace

TEST(CorpusPlaces, EachPlaceLiesInItsGovernorate) {
    const fs::path gpkg = naturalEarth();
    if (!fs::exists(gpkg)) GTEST_SKIP() << "default geodata not fetched (scripts/fetch-geodata): " << gpkg;
    const auto areas = readAreas(gpkg, "states_provinces", "name", "admin = 'Syria'");
    ASSERT_EQ(areas.size(), 15u);
    for (const auto& place : corpus().places()) {
        OGRPoint pt(place.lon, place.lat);
        std::string found;
        double best = 1e9;
        std::string nearest;
        for (const Area& a : areas) {
            const auto id = kNaturalEarthToId.at(a.name);
            if (a.geometry->Contains(&pt)) found = id;
            const double d = a.geometry->Distance(&pt);
            if (id == place.governorate && d < best) best = d;
        }
        if (found == place.governorate) continue;
        EXPECT_LT(best, kSlackDegrees) << place.def.file << ":" << place.def.line << ": place '" << place.id << "' at "
                                       << place.lat << "," << place.lon << " lies in governorate '" << found
                                       << "', not in its recorded '" << place.governorate << "'";
    }
}

TEST(CorpusPlaces, EachPlaceLiesInASubDistrict) {
    if (!fs::exists(kAdm3)) GTEST_SKIP() << "../shared sub-district boundaries not present: " << kAdm3;
    const auto areas = readAreas(kAdm3, nullptr, "shapeName", nullptr);
    ASSERT_GT(areas.size(), 250u);
    std::map<std::string, std::string> subDistrictOf;
    for (const auto& place : corpus().places()) {
        OGRPoint pt(place.lon, place.lat);
        double best = 1e9;
        for (const Area& a : areas) {
            if (a.geometry->Contains(&pt)) {
                subDistrictOf[place.id] = a.name;
                best = 0;
                break;
            }
            best = std::min(best, a.geometry->Distance(&pt));
        }
        EXPECT_LT(best, kSlackDegrees) << place.def.file << ":" << place.def.line << ": place '" << place.id
                                       << "' lies in no sub-district of " << kAdm3.filename();
    }
    // The towns that give their sub-districts their names.
    EXPECT_EQ(subDistrictOf["daraya"], "Markaz Darayya");
    EXPECT_EQ(subDistrictOf["douma"], "Duma");
    EXPECT_EQ(subDistrictOf["madaya"], "Madaya");
}
