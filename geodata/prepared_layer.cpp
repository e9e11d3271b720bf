#include "prepared_layer.hpp"

#include "geos_handles.hpp"
#include "triangulate.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>

namespace ta {

size_t AreaLod::vertexCount() const {
    size_t n = 0;
    for (const Ring& r : rings) n += r.size();
    for (const Ring& l : lines) n += l.size();
    return n;
}

size_t lodForScale(const std::vector<double>& tolerancesM, double metresPerPixel) {
    size_t best = 0;
    if (metresPerPixel <= 0) return best;
    for (size_t k = 0; k < tolerancesM.size(); ++k)
        if (tolerancesM[k] <= kLodMaxErrorPx * metresPerPixel) best = k;
    return best;
}

std::vector<Polygon> simplifyPolygons(const std::vector<Polygon>& polygons, double toleranceM) {
    if (toleranceM <= 0) return polygons;
    std::vector<Polygon> out;
    for (const Polygon& p : polygons) {
        // One polygon at a time: GEOS preserves topology within a geometry, and a part that shrinks
        // below the tolerance is dropped instead of turning into a sliver.
        geos::GeomPtr g = geos::fromPolygon(p);
        if (!g) continue;
        geos::GeomPtr s(GEOSTopologyPreserveSimplify_r(geos::context(), g.get(), toleranceM));
        if (s) geos::appendPolygons(s.get(), out);
    }
    return out;
}

std::vector<Ring> simplifyLines(const std::vector<Ring>& lines, double toleranceM) {
    if (toleranceM <= 0) return lines;
    std::vector<Ring> out;
    for (const Ring& l : lines) {
        geos::GeomPtr g = geos::fromLines({l});
        if (!g) continue;
        geos::GeomPtr s(GEOSTopologyPreserveSimplify_r(geos::context(), g.get(), toleranceM));
        if (s) geos::appendLines(s.get(), out);
    }
    return out;
}

namespace {

std::vector<AreaLod> prepareFeature(const Feature& f, const std::vector<double>& tolerancesM) {
    std::vector<AreaLod> lods;
    lods.reserve(tolerancesM.size());
    // Each level is simplified from the one before by the difference of their tolerances: the
    // errors add up to exactly the level's tolerance, and the coarse levels start from few vertices.
    std::vector<Polygon> polys = f.polygons;
    std::vector<Ring> lines = f.lines;
    double done = 0;
    for (double tol : tolerancesM) {
        AreaLod lod;
        polys = simplifyPolygons(polys, tol - done);
        lines = simplifyLines(lines, tol - done);
        done = tol;
        lod.lines = lines;
        for (const Polygon& p : polys) {
            lod.rings.push_back(p.outer);
            for (const Ring& h : p.holes) lod.rings.push_back(h);
        }
        if (!lods.empty() && lod.vertexCount() == lods.back().vertexCount()) {
            lods.push_back(lods.back());  // nothing left to simplify: reuse, skip the triangulation
            continue;
        }
        lod.mesh = triangulate(polys);
        lods.push_back(std::move(lod));
    }
    return lods;
}

}  // namespace

PreparedLayer prepareLayer(VectorLayer layer, const std::vector<double>& tolerancesM, unsigned threads) {
    PreparedLayer out;
    out.tolerancesM = tolerancesM;
    if (out.tolerancesM.empty() || out.tolerancesM.front() != 0) out.tolerancesM.insert(out.tolerancesM.begin(), 0.0);
    std::sort(out.tolerancesM.begin(), out.tolerancesM.end());
    out.lods.resize(layer.features.size());

    // Features are independent: hand them out to workers one by one (GEOS contexts are per thread).
    const size_t n = layer.features.size();
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    threads = static_cast<unsigned>(std::min<size_t>(threads, std::max<size_t>(1, n / 8)));
    std::atomic<size_t> next{0};
    std::vector<std::exception_ptr> errors(threads);
    auto work = [&](unsigned worker) {
        try {
            for (size_t i; (i = next.fetch_add(1)) < n;) out.lods[i] = prepareFeature(layer.features[i], out.tolerancesM);
        } catch (...) {
            errors[worker] = std::current_exception();
            next = n;  // the others stop too
        }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work, t);
    work(0);
    for (std::thread& t : pool) t.join();
    for (const std::exception_ptr& e : errors)
        if (e) std::rethrow_exception(e);
    out.layer = std::move(layer);
    return out;
}

}  // namespace ta
