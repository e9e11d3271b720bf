#include "base_map.hpp"

#include "error.hpp"

#include <cstdlib>

namespace ta {
namespace fs = std::filesystem;

namespace {

// Natural Earth's admin-1 names for Syria -> our governorate ids and names. Natural Earth has no
// Arabic names in this layer, so they are given here.
struct GovernorateName {
    const char* naturalEarth;
    const char* id;
    const char* en;
    const char* ar;
};
constexpr GovernorateName kGovernorates[] = {
    {"Damascus", "damascus", "Damascus", "دمشق"},
    {"Rif Dimashq", "rif-dimashq", "Rif Dimashq", "ريف دمشق"},
    {"Aleppo", "aleppo", "Aleppo", "حلب"},
    {"Homs (Hims)", "homs", "Homs", "حمص"},
    {"Hamah", "hama", "Hama", "حماة"},
    {"Idlib", "idlib", "Idlib", "إدلب"},
    {"Lattakia", "latakia", "Latakia", "اللاذقية"},
    {"Tartus", "tartus", "Tartus", "طرطوس"},
    {"Dar`a", "daraa", "Daraa", "درعا"},
    {"As Suwayda'", "as-suwayda", "As-Suwayda", "السويداء"},
    {"Quneitra", "quneitra", "Quneitra", "القنيطرة"},
    {"Dayr Az Zawr", "deir-ez-zor", "Deir ez-Zor", "دير الزور"},
    {"Ar Raqqah", "raqqa", "Raqqa", "الرقة"},
    {"Hasaka (Al Haksa)", "hasakah", "Al-Hasakah", "الحسكة"},
    {"UNDOF", "undof", "UNDOF zone", "منطقة الأندوف"},
};

struct CountryName {
    const char* iso;
    const char* ar;
};
constexpr CountryName kCountries[] = {
    {"SYR", "سوريا"}, {"LBN", "لبنان"}, {"ISR", "إسرائيل"}, {"PSE", "فلسطين"}, {"JOR", "الأردن"},
    {"IRQ", "العراق"}, {"TUR", "تركيا"}, {"CYP", "قبرص"}, {"EGY", "مصر"}, {"SAU", "السعودية"},
};

constexpr double kRegionWest = 28, kRegionSouth = 27, kRegionEast = 50, kRegionNorth = 42;

}  // namespace

fs::path findDefaultGeodata() {
    std::vector<fs::path> candidates;
    if (const char* env = std::getenv("TRUCE_ATLAS_GEODATA"); env && *env) candidates.emplace_back(env);
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
        candidates.push_back(fs::path(xdg) / "truce-atlas" / "world_map.gpkg");
    if (const char* home = std::getenv("HOME"); home && *home)
        candidates.push_back(fs::path(home) / ".cache" / "truce-atlas" / "world_map.gpkg");
    candidates.emplace_back("/usr/share/qgis/resources/data/world_map.gpkg");
    std::string tried;
    for (const fs::path& c : candidates) {
        std::error_code ec;
        if (fs::is_regular_file(c, ec)) return c;
        tried += "\n  " + c.string();
    }
    throw Error("default geodata", "world_map.gpkg (Natural Earth) not found; looked in:" + tried +
                                       "\nRun scripts/fetch-geodata to fetch it, or pass --boundaries PATH.");
}

BaseMap loadNaturalEarthBaseMap(const fs::path& gpkg, const Projection& projection) {
    BaseMap map;
    LoadOptions region;
    region.lonLatFilter = BBox{kRegionWest, kRegionSouth, kRegionEast, kRegionNorth};
    region.idField = "ISO_A3";
    region.nameField = "NAME";
    VectorLayer countries = loadVectorLayer({gpkg.string(), "countries"}, projection, region);
    for (Feature& f : countries.features) {
        for (const CountryName& c : kCountries)
            if (f.id == c.iso) f.nameAr = c.ar;
        (f.id == "SYR" ? map.syria : map.neighbours).push_back(std::move(f));
    }
    if (map.syria.empty()) throw Error(gpkg.string(), "layer 'countries' has no feature with ISO_A3 = 'SYR'");

    LoadOptions provinces;
    provinces.attributeFilter = "admin = 'Syria'";
    provinces.nameField = "name";
    provinces.idField = "name";
    VectorLayer states = loadVectorLayer({gpkg.string(), "states_provinces"}, projection, provinces);
    for (Feature& f : states.features) {
        for (const GovernorateName& g : kGovernorates) {
            if (f.nameEn == g.naturalEarth) {
                f.id = g.id;
                f.nameEn = g.en;
                f.nameAr = g.ar;
            }
        }
        map.boundaries.push_back(std::move(f));
    }
    map.boundariesSource = "Natural Earth admin-1";
    map.attribution.push_back("Natural Earth (public domain)");
    map.warnings = countries.warnings;
    map.warnings.insert(map.warnings.end(), states.warnings.begin(), states.warnings.end());
    return map;
}

void useBoundaries(BaseMap& map, VectorLayer layer, const std::string& attribution) {
    map.boundaries = std::move(layer.features);
    map.boundariesSource = layer.source;
    map.warnings.insert(map.warnings.end(), layer.warnings.begin(), layer.warnings.end());
    if (!attribution.empty()) map.attribution.push_back(attribution);
}

std::string attributionLine(const BaseMap& map) {
    std::string line;
    for (const std::string& a : map.attribution) line += (line.empty() ? "" : " · ") + a;
    return line;
}

}  // namespace ta
