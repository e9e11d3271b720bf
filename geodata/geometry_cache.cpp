#include "geometry_cache.hpp"

#include "atomic_file.hpp"
#include "error.hpp"
#include "gdal_handles.hpp"

#include <cpl_vsi.h>
#include <openssl/evp.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <type_traits>

namespace ta {
namespace fs = std::filesystem;

namespace {

constexpr char kMagic[8] = {'T', 'A', 'G', 'E', 'O', 'C', 'H', 'E'};
// Bump whenever the loader, the preparation or this format changes what an entry holds.
constexpr uint32_t kFormatVersion = 3;
constexpr const char* kExtension = ".tageo";

static_assert(sizeof(Vec2) == 2 * sizeof(double) && std::is_trivially_copyable_v<Vec2>);

class Sha256 {
public:
    Sha256() : m_ctx(EVP_MD_CTX_new()) {
        if (!m_ctx || EVP_DigestInit_ex(m_ctx.get(), EVP_sha256(), nullptr) != 1) throw Error("OpenSSL", "cannot start SHA-256");
    }
    void update(const void* data, size_t size) { EVP_DigestUpdate(m_ctx.get(), data, size); }
    void update(std::string_view s) {
        const uint64_t n = s.size();  // length first, so ("ab","c") and ("a","bc") differ
        update(&n, sizeof n);
        update(s.data(), s.size());
    }
    std::string hex() {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int size = 0;
        EVP_DigestFinal_ex(m_ctx.get(), digest, &size);
        static constexpr char kHex[] = "0123456789abcdef";
        std::string out;
        for (unsigned i = 0; i < size; ++i) {
            out += kHex[digest[i] >> 4];
            out += kHex[digest[i] & 15];
        }
        return out;
    }

private:
    struct Free {
        void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
    };
    std::unique_ptr<EVP_MD_CTX, Free> m_ctx;
};

struct VsiClose {
    void operator()(VSILFILE* f) const { VSIFCloseL(f); }
};

bool hashFile(const std::string& path, Sha256& sha) {
    std::unique_ptr<VSILFILE, VsiClose> f(VSIFOpenL(path.c_str(), "rb"));
    if (!f) return false;
    sha.update(fs::path(path).filename().string());
    std::vector<char> buffer(1 << 20);
    for (size_t n; (n = VSIFReadL(buffer.data(), 1, buffer.size(), f.get())) > 0;) sha.update(buffer.data(), n);
    return true;
}

std::string lowerExtension(const std::string& path) {
    std::string ext = fs::path(path).extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

// --- binary writer / reader: little-endian host layout, lengths as uint64.
class Writer {
public:
    template <class T>
    void pod(const T& v) {
        static_assert(std::is_trivially_copyable_v<T>);
        m_out.append(reinterpret_cast<const char*>(&v), sizeof v);
    }
    void str(const std::string& s) {
        pod<uint64_t>(s.size());
        m_out.append(s);
    }
    void strings(const std::vector<std::string>& v) {
        pod<uint64_t>(v.size());
        for (const std::string& s : v) str(s);
    }
    template <class T>
    void array(const std::vector<T>& v) {
        static_assert(std::is_trivially_copyable_v<T>);
        pod<uint64_t>(v.size());
        m_out.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
    }
    void rings(const std::vector<Ring>& v) {
        pod<uint64_t>(v.size());
        for (const Ring& r : v) array(r);
    }
    void bbox(const BBox& b) {
        pod(b.minX), pod(b.minY), pod(b.maxX), pod(b.maxY);
    }
    std::string take() { return std::move(m_out); }

private:
    std::string m_out;
};

struct Truncated {};

class Reader {
public:
    explicit Reader(std::string_view in) : m_in(in) {}
    template <class T>
    T pod() {
        T v;
        need(sizeof v);
        std::memcpy(&v, m_in.data() + m_at, sizeof v);
        m_at += sizeof v;
        return v;
    }
    uint64_t count(size_t elementSize) {
        const auto n = pod<uint64_t>();
        if (elementSize > 0 && n > (m_in.size() - m_at) / elementSize) throw Truncated{};
        return n;
    }
    std::string str() {
        const uint64_t n = count(1);
        std::string s(m_in.substr(m_at, n));
        m_at += n;
        return s;
    }
    std::vector<std::string> strings() {
        std::vector<std::string> v(count(sizeof(uint64_t)));
        for (std::string& s : v) s = str();
        return v;
    }
    template <class T>
    std::vector<T> array() {
        std::vector<T> v(count(sizeof(T)));
        if (v.empty()) return v;  // an empty vector's data() may be null, which memcpy must not get
        std::memcpy(v.data(), m_in.data() + m_at, v.size() * sizeof(T));
        m_at += v.size() * sizeof(T);
        return v;
    }
    std::vector<Ring> rings() {
        std::vector<Ring> v(count(sizeof(uint64_t)));
        for (Ring& r : v) r = array<Vec2>();
        return v;
    }
    BBox bbox() {
        BBox b;
        b.minX = pod<double>(), b.minY = pod<double>(), b.maxX = pod<double>(), b.maxY = pod<double>();
        return b;
    }
    bool atEnd() const { return m_at == m_in.size(); }

private:
    void need(size_t n) const {
        if (n > m_in.size() - m_at) throw Truncated{};
    }
    std::string_view m_in;
    size_t m_at = 0;
};

// Triangle vertices as floats (the GPU gets floats anyway; map metres stay exact to a few cm),
// and the indices only when they are not simply 0, 1, 2, ... (triangulate() emits them so).
// Rings stay doubles: hit tests and joins use them.
void writeMesh(Writer& w, const TriangleMesh& mesh) {
    std::vector<float> xy;
    xy.reserve(mesh.vertices.size() * 2);
    for (Vec2 v : mesh.vertices) {
        xy.push_back(static_cast<float>(v.x));
        xy.push_back(static_cast<float>(v.y));
    }
    w.array(xy);
    bool sequential = mesh.indices.size() == mesh.vertices.size();
    for (size_t i = 0; sequential && i < mesh.indices.size(); ++i) sequential = mesh.indices[i] == i;
    w.pod<uint8_t>(sequential);
    if (!sequential) w.array(mesh.indices);
}

bool readMesh(Reader& r, TriangleMesh& mesh) {
    const std::vector<float> xy = r.array<float>();
    mesh.vertices.resize(xy.size() / 2);
    for (size_t i = 0; i < mesh.vertices.size(); ++i) mesh.vertices[i] = {xy[2 * i], xy[2 * i + 1]};
    if (r.pod<uint8_t>()) {
        mesh.indices.resize(mesh.vertices.size());
        for (size_t i = 0; i < mesh.indices.size(); ++i) mesh.indices[i] = static_cast<uint32_t>(i);
        return true;
    }
    mesh.indices = r.array<uint32_t>();
    for (uint32_t i : mesh.indices)
        if (i >= mesh.vertices.size()) return false;
    return true;
}

bool sameLod(const AreaLod& a, const AreaLod& b) {
    return a.vertexCount() == b.vertexCount() && a.mesh.indices.size() == b.mesh.indices.size() && a.rings.size() == b.rings.size();
}

fs::path entryPath(const GeometryCache& cache, const std::string& key) { return cache.dir / (key + kExtension); }

void prune(const GeometryCache& cache) {
    std::vector<std::pair<fs::file_time_type, fs::path>> entries;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(cache.dir, ec))
        if (e.path().extension() == kExtension) entries.emplace_back(e.last_write_time(ec), e.path());
    if (entries.size() <= cache.maxEntries) return;
    std::sort(entries.begin(), entries.end());
    for (size_t i = 0; i + cache.maxEntries < entries.size(); ++i) fs::remove(entries[i].second, ec);
}

}  // namespace

GeometryCache GeometryCache::standard() {
    GeometryCache cache;
    if (const char* env = std::getenv("TRUCE_ATLAS_GEOMETRY_CACHE"); env && *env) {
        if (std::string(env) != "off") cache.dir = env;
        return cache;
    }
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) cache.dir = fs::path(xdg) / "truce-atlas" / "geometry";
    else if (const char* home = std::getenv("HOME"); home && *home) cache.dir = fs::path(home) / ".cache" / "truce-atlas" / "geometry";
    return cache;
}

std::string sourceContentHash(const std::string& path) {
    ensureGdalRegistered();
    Sha256 sha;
    VSIStatBufL st;
    if (VSIStatL(path.c_str(), &st) != 0) return {};
    if (VSI_ISDIR(st.st_mode)) {
        // A directory source (a folder of shapefiles, a FileGDB): every file in it, in name order.
        char** list = VSIReadDirRecursive(path.c_str());
        std::vector<std::string> files;
        for (char** p = list; p && *p; ++p) files.emplace_back(*p);
        CSLDestroy(list);
        std::sort(files.begin(), files.end());
        bool any = false;
        for (const std::string& f : files) {
            const std::string full = path + "/" + f;
            if (VSIStatL(full.c_str(), &st) == 0 && VSI_ISREG(st.st_mode)) any = hashFile(full, sha) || any;
        }
        return any ? sha.hex() : std::string();
    }
    if (!hashFile(path, sha)) return {};
    if (lowerExtension(path) == ".shp") {
        const std::string stem = path.substr(0, path.size() - 4);
        for (const char* ext : {".shx", ".dbf", ".prj", ".cpg", ".SHX", ".DBF", ".PRJ", ".CPG"}) hashFile(stem + ext, sha);
    }
    return sha.hex();
}

std::string geometryCacheKey(const std::string& contentHash, const LayerSpec& spec, const LoadOptions& options,
                             const std::vector<double>& tolerancesM, const std::string& projection) {
    Sha256 sha;
    sha.update(&kFormatVersion, sizeof kFormatVersion);
    sha.update(contentHash);
    // The path is part of the key because messages and warnings name it.
    for (const std::string* s : {&spec.path, &spec.layer, &spec.nameField, &spec.nameArField, &spec.idField, &options.attributeFilter,
                                 &options.nameField, &options.nameArField, &options.idField, &projection})
        sha.update(*s);
    const int level = spec.adminLevel.value_or(-1);
    sha.update(&level, sizeof level);
    const uint8_t hasFilter = options.lonLatFilter.has_value();
    sha.update(&hasFilter, 1);
    if (options.lonLatFilter) {
        const BBox& b = *options.lonLatFilter;
        for (double v : {b.minX, b.minY, b.maxX, b.maxY}) sha.update(&v, sizeof v);
    }
    for (const std::string& f : options.extraFields) sha.update(f);
    sha.update(tolerancesM.data(), tolerancesM.size() * sizeof(double));
    return sha.hex();
}

std::string serializePreparedLayer(const PreparedLayer& p) {
    Writer w;
    for (char c : kMagic) w.pod(c);
    w.pod(kFormatVersion);
    const VectorLayer& l = p.layer;
    for (const std::string* s : {&l.source, &l.layerName, &l.nameField, &l.nameArField, &l.idField}) w.str(*s);
    w.strings(l.fieldNames);
    w.strings(l.extraFields);
    w.pod<int32_t>(l.adminLevel);
    w.strings(l.warnings);
    w.bbox(l.bounds);
    w.pod<uint64_t>(l.features.size());
    for (const Feature& f : l.features) {
        w.str(f.id), w.str(f.nameEn), w.str(f.nameAr);
        w.strings(f.attributes);
        w.pod<uint64_t>(f.polygons.size());
        for (const Polygon& poly : f.polygons) {
            w.array(poly.outer);
            w.rings(poly.holes);
        }
        w.rings(f.lines);
        w.array(f.points);
        w.bbox(f.bounds);
    }
    w.array(p.tolerancesM);
    w.pod<uint64_t>(p.lods.size());
    for (const std::vector<AreaLod>& lods : p.lods) {
        w.pod<uint64_t>(lods.size());
        for (size_t k = 0; k < lods.size(); ++k) {
            const bool same = k > 0 && sameLod(lods[k], lods[k - 1]);
            w.pod<uint8_t>(same);
            if (same) continue;
            writeMesh(w, lods[k].mesh);
            w.rings(lods[k].rings);
            w.rings(lods[k].lines);
        }
    }
    return w.take();
}

std::optional<PreparedLayer> deserializePreparedLayer(std::string_view bytes, std::string* why) {
    auto fail = [&](const std::string& reason) -> std::optional<PreparedLayer> {
        if (why) *why = reason;
        return std::nullopt;
    };
    try {
        Reader r(bytes);
        for (char c : kMagic)
            if (r.pod<char>() != c) return fail("not a geometry cache entry");
        if (const auto v = r.pod<uint32_t>(); v != kFormatVersion)
            return fail("format version " + std::to_string(v) + ", expected " + std::to_string(kFormatVersion));
        PreparedLayer p;
        VectorLayer& l = p.layer;
        for (std::string* s : {&l.source, &l.layerName, &l.nameField, &l.nameArField, &l.idField}) *s = r.str();
        l.fieldNames = r.strings();
        l.extraFields = r.strings();
        l.adminLevel = r.pod<int32_t>();
        l.warnings = r.strings();
        l.bounds = r.bbox();
        l.features.resize(r.count(1));
        for (Feature& f : l.features) {
            f.id = r.str(), f.nameEn = r.str(), f.nameAr = r.str();
            f.attributes = r.strings();
            f.polygons.resize(r.count(1));
            for (Polygon& poly : f.polygons) {
                poly.outer = r.array<Vec2>();
                poly.holes = r.rings();
            }
            f.lines = r.rings();
            f.points = r.array<Vec2>();
            f.bounds = r.bbox();
        }
        p.tolerancesM = r.array<double>();
        p.lods.resize(r.count(1));
        if (p.lods.size() != l.features.size()) return fail("level-of-detail table does not match the features");
        for (std::vector<AreaLod>& lods : p.lods) {
            lods.resize(r.count(1));
            if (lods.size() != p.tolerancesM.size()) return fail("level-of-detail count does not match the tolerances");
            for (size_t k = 0; k < lods.size(); ++k) {
                if (r.pod<uint8_t>()) {
                    if (k == 0) return fail("first level of detail refers to a previous one");
                    lods[k] = lods[k - 1];
                    continue;
                }
                if (!readMesh(r, lods[k].mesh)) return fail("triangle index out of range");
                lods[k].rings = r.rings();
                lods[k].lines = r.rings();
            }
        }
        if (!r.atEnd()) return fail("trailing bytes");
        p.fromCache = true;
        return p;
    } catch (const Truncated&) {
        return fail("truncated");
    } catch (const std::bad_alloc&) {
        return fail("damaged sizes");
    }
}

std::optional<PreparedLayer> readCachedLayer(const GeometryCache& cache, const std::string& key, std::string* why) {
    if (why) why->clear();
    if (!cache.enabled()) return std::nullopt;
    const fs::path path = entryPath(cache, key);
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string reason;
    std::optional<PreparedLayer> p = deserializePreparedLayer(bytes, &reason);
    if (!p && why) *why = path.string() + ": " + reason;
    return p;
}

void writeCachedLayer(const GeometryCache& cache, const std::string& key, const PreparedLayer& layer) {
    if (!cache.enabled()) return;
    std::error_code ec;
    fs::create_directories(cache.dir, ec);
    if (ec) throw Error(cache.dir.string(), "cannot create the geometry cache directory: " + ec.message());
    writeFileAtomically(entryPath(cache, key), serializePreparedLayer(layer));
    prune(cache);
}

}  // namespace ta
