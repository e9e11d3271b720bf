#include "validator.hpp"

#include <cmath>
#include <map>
#include <set>

namespace ta::corpus {

namespace {

using IdSet = std::set<std::string, std::less<>>;

class Checker {
public:
    Checker(const CorpusData& data, const SourceLines& lines, Diagnostics& diags)
        : m_data(data), m_lines(lines), m_diags(diags) {}

    void run() {
        collectIds();
        for (const Case& c : m_data.cases) checkCase(c);
        for (const Event& e : m_data.events) checkEvent(e);
        for (const Place& p : m_data.places) checkPlace(p);
        for (const Zone& z : m_data.zones) checkZone(z);
        for (const Model& m : m_data.models) checkModel(m);
        for (const Priority& p : m_data.priorities) checkPriority(p);
    }

private:
    void report(const SourceRef& def, std::string_view table, std::string_view key, std::string message) {
        m_diags.add(def.file, m_lines.of(def, key), std::string(table) + "." + std::string(key), std::move(message));
    }

    /// Registers `id`; reports a second definition with the place of the first.
    template <class T>
    IdSet uniqueIds(const std::vector<T>& items, std::string_view table) {
        IdSet ids;
        std::map<std::string, SourceRef, std::less<>> first;
        for (const T& item : items) {
            if (item.id.empty()) continue;
            auto [it, inserted] = first.emplace(item.id, item.def);
            if (!inserted)
                report(item.def, table, "id",
                       "duplicate id '" + item.id + "' (first defined at " + it->second.file + ":" +
                           std::to_string(it->second.line) + ")");
            ids.insert(item.id);
        }
        return ids;
    }

    template <class T>
    std::set<int> uniqueNumbers(const std::vector<T>& items, std::string_view table, int max) {
        std::set<int> numbers;
        std::map<int, SourceRef> first;
        for (const T& item : items) {
            if (item.n < 1 || item.n > max) {
                report(item.def, table, "n", std::to_string(item.n) + " is outside 1.." + std::to_string(max));
                continue;
            }
            auto [it, inserted] = first.emplace(item.n, item.def);
            if (!inserted)
                report(item.def, table, "n",
                       "duplicate number " + std::to_string(item.n) + " (first used at " + it->second.file + ":" +
                           std::to_string(it->second.line) + ")");
            numbers.insert(item.n);
        }
        return numbers;
    }

    void collectIds() {
        m_categories = uniqueIds(m_data.taxonomy.categories, "category");
        m_eventKinds = uniqueIds(m_data.taxonomy.eventKinds, "event_kind");
        m_statuses = uniqueIds(m_data.taxonomy.statuses, "status");
        m_numberKinds = uniqueIds(m_data.taxonomy.numberKinds, "number_kind");
        m_governorates = uniqueIds(m_data.governorates, "governorate");
        m_places = uniqueIds(m_data.places, "place");
        m_actors = uniqueIds(m_data.actors, "actor");
        m_events = uniqueIds(m_data.events, "event");
        uniqueIds(m_data.cases, "case");
        uniqueIds(m_data.zones, "zone");
        uniqueIds(m_data.models, "model");
        uniqueIds(m_data.priorities, "priority");
        m_caseNumbers = uniqueNumbers(m_data.cases, "case", 20);
        m_modelNumbers = uniqueNumbers(m_data.models, "model", 3);
        uniqueNumbers(m_data.priorities, "priority", 7);
    }

    void checkRef(const SourceRef& def, std::string_view table, std::string_view key, const std::string& id,
                  const IdSet& known, std::string_view what) {
        if (id.empty() || known.count(id)) return;
        report(def, table, key, "unknown " + std::string(what) + " '" + id + "'" + didYouMean(id, known));
    }

    void checkRefs(const SourceRef& def, std::string_view table, std::string_view key, const std::vector<std::string>& ids,
                   const IdSet& known, std::string_view what) {
        std::set<std::string_view> seen;
        for (const std::string& id : ids) {
            checkRef(def, table, key, id, known, what);
            if (!seen.insert(id).second) report(def, table, key, "'" + id + "' is listed twice");
        }
    }

    void checkCaseNumbers(const SourceRef& def, std::string_view table, const std::vector<int>& cases) {
        for (int n : cases)
            if (!m_caseNumbers.count(n)) report(def, table, "cases", "unknown case number " + std::to_string(n));
    }

    void checkDate(const SourceRef& def, std::string_view table, std::string_view key, const PartialDate& date) {
        if (date.year == 0) return;  // unreadable, already reported
        if (date.year < kFirstPlausibleYear || date.year > kLastPlausibleYear)
            report(def, table, key, "year " + std::to_string(date.year) + " is outside the study's period (" +
                                        std::to_string(kFirstPlausibleYear) + ".." + std::to_string(kLastPlausibleYear) + ")");
    }

    void checkSpan(const SourceRef& def, std::string_view table, const PartialDate& date, const std::optional<PartialDate>& end) {
        checkDate(def, table, "date", date);
        if (!end || end->year == 0 || date.year == 0) return;
        checkDate(def, table, "date_end", *end);
        if (end->last() < date.first())
            report(def, table, "date_end", "ends (" + end->iso() + ") before it begins (" + date.iso() + ")");
    }

    void checkCase(const Case& c) {
        checkRef(c.def, "case", "governorate", c.governorate, m_governorates, "governorate");
        checkRefs(c.def, "case", "places", c.places, m_places, "place");
        if (c.places.empty()) report(c.def, "case", "places", "is empty: name the case's main places");
        const std::string expected = "2." + std::to_string(c.n);
        if (!c.source.section.empty() && c.n >= 1 && c.source.section != expected)
            m_diags.add(c.def.file, m_lines.of(c.def, "source"), "case.source.section",
                        "'" + c.source.section + "' does not match case " + std::to_string(c.n) + " (expected \"" + expected + "\")");
    }

    void checkEvent(const Event& e) {
        checkSpan(e.def, "event", e.date, e.dateEnd);
        checkRef(e.def, "event", "kind", e.kind, m_eventKinds, "event kind");
        checkRef(e.def, "event", "status", e.status, m_statuses, "status");
        checkRefs(e.def, "event", "places", e.places, m_places, "place");
        checkRefs(e.def, "event", "parties", e.parties, m_actors, "actor");
        checkRefs(e.def, "event", "mediators", e.mediators, m_actors, "actor");
        checkRefs(e.def, "event", "guarantors", e.guarantors, m_actors, "actor");
        if (e.caseN != 0 && e.places.empty()) report(e.def, "event", "places", "is empty: a case's event must name its places");
        if (e.model != 0 && !m_modelNumbers.count(e.model))
            report(e.def, "event", "model", "unknown model " + std::to_string(e.model) + " (models are numbered 1..3)");
        checkReadings(e);
        for (const Number& n : e.numbers) checkRef(n.def, "event.number", "what", n.what, m_numberKinds, "number kind");
        for (const Flow& f : e.flows) {
            checkRef(f.def, "event.flow", "from", f.from, m_places, "place");
            checkRef(f.def, "event.flow", "to", f.to, m_places, "place");
            if (!f.from.empty() && f.from == f.to) report(f.def, "event.flow", "to", "is the same place as from");
            if (f.date) {
                checkDate(f.def, "event.flow", "date", *f.date);
                if (f.date->last() < e.date.first())
                    report(f.def, "event.flow", "date", f.date->iso() + " is before the event's date " + e.date.iso());
            }
        }
        checkClauses(e);
    }

    void checkReadings(const Event& e) {
        if (e.readings.empty()) return;
        int chosen = 0;
        for (const Reading& r : e.readings) {
            checkDate(r.def, "event.reading", "date", r.date);
            if (!r.chosen) continue;
            ++chosen;
            if (r.date.year != 0 && e.date.year != 0 && r.date.iso() != e.date.iso())
                report(r.def, "event.reading", "date",
                       "the chosen reading (" + r.date.iso() + ") differs from the event's date (" + e.date.iso() + ")");
        }
        if (chosen != 1)
            report(e.def, "event", "reading",
                   "exactly one reading must have chosen = true, found " + std::to_string(chosen));
    }

    void checkClauses(const Event& e) {
        int previous = 0;
        for (const Clause& c : e.clauses) {
            if (c.n == previous) report(c.def, "event.clause", "n", "duplicate clause number " + std::to_string(c.n));
            else if (c.n != previous + 1)
                report(c.def, "event.clause", "n",
                       "clause numbering gap: expected " + std::to_string(previous + 1) + ", got " + std::to_string(c.n));
            previous = c.n;
            checkRefs(c.def, "event.clause", "categories", c.categories, m_categories, "category");
        }
    }

    void checkPlace(const Place& p) {
        checkRef(p.def, "place", "governorate", p.governorate, m_governorates, "governorate");
        const GeoBounds& b = kSyriaBounds;
        const bool latIn = p.lat >= b.latMin && p.lat <= b.latMax;
        const bool lonIn = p.lon >= b.lonMin && p.lon <= b.lonMax;
        const bool swapped = !latIn && !lonIn && p.lon >= b.latMin && p.lon <= b.latMax && p.lat >= b.lonMin && p.lat <= b.lonMax;
        const std::string hint = swapped ? " (lat and lon swapped?)" : "";
        if (!latIn || std::isnan(p.lat))
            report(p.def, "place", "lat", "latitude " + std::to_string(p.lat) + " is outside Syria (32.2..37.5)" + hint);
        if (!lonIn || std::isnan(p.lon))
            report(p.def, "place", "lon", "longitude " + std::to_string(p.lon) + " is outside Syria (35.5..42.5)" + hint);
    }

    void checkZone(const Zone& z) {
        checkSpan(z.def, "zone", z.date, z.dateEnd);
        checkRefs(z.def, "zone", "places", z.places, m_places, "place");
        checkRefs(z.def, "zone", "guarantors", z.guarantors, m_actors, "actor");
        checkRefs(z.def, "zone", "factions", z.factions, m_actors, "actor");
        if (z.places.empty()) report(z.def, "zone", "places", "is empty: a zone's shape is derived from its places");
    }

    void checkModel(const Model& m) { checkCaseNumbers(m.def, "model", m.cases); }

    void checkPriority(const Priority& p) {
        checkRefs(p.def, "priority", "events", p.events, m_events, "event");
        checkCaseNumbers(p.def, "priority", p.cases);
    }

    const CorpusData& m_data;
    const SourceLines& m_lines;
    Diagnostics& m_diags;
    IdSet m_categories, m_eventKinds, m_statuses, m_numberKinds, m_governorates, m_places, m_actors, m_events;
    std::set<int> m_caseNumbers, m_modelNumbers;
};

}  // namespace

void validateCorpus(const CorpusData& data, const SourceLines& lines, Diagnostics& diags) {
    Checker(data, lines, diags).run();
}

}  // namespace ta::corpus
