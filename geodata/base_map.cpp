#include "base_map.hpp"

#include "error.hpp"

#include <algorithm>
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

// Moves the features matching `pick` (with their levels of detail) out of `from` into a new layer.
template <class Pred>
PreparedLayer extractFeatures(PreparedLayer& from, Pred pick) {
    PreparedLayer out;
    out.tolerancesM = from.tolerancesM;
    out.fromCache = from.fromCache;
    out.layer.source = from.layer.source;
    out.layer.layerName = from.layer.layerName;
    out.layer.adminLevel = from.layer.adminLevel;
    PreparedLayer rest = out;
    for (size_t i = 0; i < from.layer.features.size(); ++i) {
        PreparedLayer& to = pick(from.layer.features[i]) ? out : rest;
        to.layer.bounds.extend(from.layer.features[i].bounds);
        to.layer.features.push_back(std::move(from.layer.features[i]));
        to.lods.push_back(std::move(from.lods[i]));
    }
    rest.layer.warnings = std::move(from.layer.warnings);
    from = std::move(rest);
    return out;
}

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

BaseMap loadNaturalEarthBaseMap(const fs::path& gpkg, const Projection& projection, const GeometryCache& cache) {
    BaseMap map;
    LoadOptions region;
    region.lonLatFilter = BBox{kRegionWest, kRegionSouth, kRegionEast, kRegionNorth};
    region.idField = "ISO_A3";
    region.nameField = "NAME";
    LayerSpec countriesSpec{gpkg.string(), "countries"};
    PreparedLayer countries = loadPreparedLayer(countriesSpec, projection, region, cache);
    for (Feature& f : countries.layer.features)
        for (const CountryName& c : kCountries)
            if (f.id == c.iso) f.nameAr = c.ar;
    map.warnings = countries.layer.warnings;
    map.syria = extractFeatures(countries, [](const Feature& f) { return f.id == "SYR"; });
    map.neighbours = std::move(countries);
    if (map.syria.layer.features.empty()) throw Error(gpkg.string(), "layer 'countries' has no feature with ISO_A3 = 'SYR'");

    LoadOptions provinces;
    provinces.attributeFilter = "admin = 'Syria'";
    provinces.nameField = "name";
    provinces.idField = "name";
    LayerSpec statesSpec{gpkg.string(), "states_provinces"};
    statesSpec.adminLevel = 1;
    AdminLayer states{loadPreparedLayer(statesSpec, projection, provinces, cache), "Natural Earth admin-1",
                      "Natural Earth (public domain)"};
    for (Feature& f : states.data.layer.features) {
        for (const GovernorateName& g : kGovernorates) {
            if (f.nameEn == g.naturalEarth) {
                f.id = g.id;
                f.nameEn = g.en;
                f.nameAr = g.ar;
            }
        }
    }
    map.warnings.insert(map.warnings.end(), states.data.layer.warnings.begin(), states.data.layer.warnings.end());
    map.adminLayers.push_back(std::move(states));
    map.boundariesSource = "Natural Earth admin-1";
    map.attribution.push_back("Natural Earth (public domain)");
    return map;
}

std::string attributionForSource(const std::string& path) {
    std::string lower = path;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower.find("geoboundaries") != std::string::npos) {
        // geoBoundaries' SYR ADM0 comes from OpenStreetMap; ADM1-ADM3 from UNCS / OCHA via HDX.
        if (lower.find("adm0") != std::string::npos) return "geoBoundaries (ODbL, © OpenStreetMap contributors)";
        return "geoBoundaries / UN OCHA (CC BY 3.0 IGO)";
    }
    if (lower.find("cod-ab") != std::string::npos || lower.find("cod_ab") != std::string::npos ||
        lower.find("syr_admbnd") != std::string::npos)
        return "UN OCHA COD-AB (CC BY 3.0 IGO)";
    if (lower.find("gadm") != std::string::npos) return "GADM (gadm.org licence)";
    return "Boundaries: " + fs::path(LayerSpec::parse(path).path).filename().string();
}

void addAdminLayer(BaseMap& map, AdminLayer layer) {
    if (!map.userBoundaries) {
        map.adminLayers.clear();
        map.boundariesSource.clear();
        map.userBoundaries = true;
    }
    map.warnings.insert(map.warnings.end(), layer.data.layer.warnings.begin(), layer.data.layer.warnings.end());
    if (layer.level() < 0)
        map.warnings.push_back(layer.source + ": administrative level not recognised; drawn as level 1 (add ,level=N to say which)");
    if (!layer.attribution.empty() && std::find(map.attribution.begin(), map.attribution.end(), layer.attribution) == map.attribution.end())
        map.attribution.push_back(layer.attribution);
    map.boundariesSource += (map.boundariesSource.empty() ? "" : ", ") + fs::path(layer.data.layer.source).filename().string();
    const int level = layer.level() < 0 ? 1 : layer.level();
    auto at = std::find_if(map.adminLayers.begin(), map.adminLayers.end(),
                           [&](const AdminLayer& a) { return (a.level() < 0 ? 1 : a.level()) > level; });
    map.adminLayers.insert(at, std::move(layer));
}

UserLayer loadUserLayer(const LayerSpec& spec, const Projection& projection, const GeometryCache& cache) {
    UserLayer out;
    out.spec = spec;
    LoadOptions options;
    if (!spec.fillField.empty()) {
        out.fillAttribute = static_cast<int>(options.extraFields.size());
        options.extraFields.push_back(spec.fillField);
    }
    if (!spec.labelField.empty()) {
        out.labelAttribute = static_cast<int>(options.extraFields.size());
        options.extraFields.push_back(spec.labelField);
    }
    out.data = loadPreparedLayer(spec, projection, options, cache);
    return out;
}

std::string attributionLine(const BaseMap& map) {
    std::string line;
    for (const std::string& a : map.attribution) line += (line.empty() ? "" : " · ") + a;
    return line;
}

}  // namespace ta
