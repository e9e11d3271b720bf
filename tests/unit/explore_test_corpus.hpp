#pragma once
// A small corpus built in code for the explorer's unit tests: two cases, five events, with clauses,
// guarantors, mediators, models, a priority and flows chosen so that each filter dimension, the
// clause matrix, the category map and the change report have something to tell apart.
//
//   event                  day         kind              model gov.         guarantors / mediators  clauses (categories)
//   daraya-2014-truce      2014-01-10  truce             1     rif-dimashq  -                        1 ceasefire
//   moadamiyeh-2016-meet   2016-05-01  meeting           0     rif-dimashq  -                        -
//   waer-2015-agreement    2015-12-01  agreement         3     homs         russia / egypt           1 ceasefire; 2 departure_north + russian_mp
//   daraya-2016-final      2016-08-26  final_settlement  2     rif-dimashq  egypt / -                3 conscription; 1 departure_north; 2 departure_north + conscription
//   waer-2017-evacuation   2017-03-18  evacuation        3     homs         -                        -
// Flows: daraya -> idlib 700 fighters (2016-08-27); waer -> jarablus 1000 (event's day).
// Priority 1 lists waer-2015-agreement and case 2 (so priority filtering by case would differ).

#include "model.hpp"

#include <string>
#include <vector>

namespace ta::explore::test {

inline PartialDate dateOf(int y, int m, int d) {
    PartialDate p;
    p.year = y;
    p.month = m;
    p.day = d;
    return p;
}

inline corpus::Term term(const std::string& id, const std::string& en, const std::string& ar) { return {id, en, ar, {}, {}}; }

inline corpus::Clause clause(int n, std::vector<std::string> categories) {
    corpus::Clause c;
    c.n = n;
    c.categories = std::move(categories);
    c.en = "Clause " + std::to_string(n);
    c.ar = "البند " + std::to_string(n);
    return c;
}

inline corpus::Event event(const std::string& id, int caseN, PartialDate date, const std::string& kind, int model,
                           std::vector<std::string> places) {
    corpus::Event e;
    e.id = id;
    e.caseN = caseN;
    e.date = date;
    e.kind = kind;
    e.model = model;
    e.places = std::move(places);
    e.titleEn = id;
    e.titleAr = id;
    e.outcome = "implemented";
    return e;
}

inline corpus::Corpus smallCorpus() {
    corpus::CorpusData d;
    d.taxonomy.categories = {term("ceasefire", "Ceasefire", "وقف إطلاق النار"), term("departure_north", "Departure north", "الخروج إلى الشمال"),
                             term("unused", "Unused", "غير مستخدم"), term("russian_military_police", "Russian MP", "الشرطة العسكرية الروسية"),
                             term("conscription_deferral", "Conscription deferral", "تأجيل الخدمة")};
    d.taxonomy.eventKinds = {term("truce", "Truce", "هدنة"), term("agreement", "Agreement", "اتفاق"),
                             term("final_settlement", "Final settlement", "تسوية نهائية"), term("deescalation", "De-escalation", "خفض التصعيد"),
                             term("meeting", "Meeting", "اجتماع"), term("evacuation", "Evacuation", "تهجير")};
    for (const char* s : {"none", "truce", "deescalation", "settled", "evacuated", "collapsed"}) d.taxonomy.statuses.push_back(term(s, s, s));
    d.governorates = {{"rif-dimashq", "Rif Dimashq", "ريف دمشق", {}}, {"homs", "Homs", "حمص", {}}, {"idlib", "Idlib", "إدلب", {}},
                      {"aleppo", "Aleppo", "حلب", {}}};
    const auto place = [](const std::string& id, const std::string& en, const std::string& ar, const std::string& gov) {
        corpus::Place p;
        p.id = id;
        p.nameEn = en;
        p.nameAr = ar;
        p.governorate = gov;
        p.kind = "town";
        return p;
    };
    d.places = {place("daraya", "Daraya", "داريا", "rif-dimashq"), place("moadamiyeh", "Moadamiyeh", "المعضمية", "rif-dimashq"),
                place("waer", "al-Waer", "الوعر", "homs"), place("idlib", "Idlib", "إدلب", "idlib"),
                place("jarablus", "Jarablus", "جرابلس", "aleppo")};
    d.actors = {{"egypt", "state", "Egypt", "مصر", {}}, {"russia", "state", "Russia", "روسيا", {}},
                {"government", "government", "Government", "الحكومة", {}}};
    corpus::Case c1;
    c1.n = 1;
    c1.id = "daraya";
    c1.nameEn = "Daraya";
    c1.nameAr = "داريا";
    c1.governorate = "rif-dimashq";
    corpus::Case c2 = c1;
    c2.n = 2;
    c2.id = "al-waer";
    c2.nameEn = "al-Waer";
    c2.nameAr = "الوعر";
    c2.governorate = "homs";
    d.cases = {c1, c2};

    corpus::Event truce = event("daraya-2014-truce", 1, dateOf(2014, 1, 10), "truce", 1, {"daraya"});
    truce.clauses = {clause(1, {"ceasefire"})};
    corpus::Event meeting = event("moadamiyeh-2016-meeting", 1, dateOf(2016, 5, 1), "meeting", 0, {"moadamiyeh"});
    corpus::Event waer = event("waer-2015-agreement", 2, dateOf(2015, 12, 1), "agreement", 3, {"waer"});
    waer.guarantors = {"russia"};
    waer.mediators = {"egypt"};
    waer.clauses = {clause(1, {"ceasefire"}), clause(2, {"departure_north", "russian_military_police"})};
    corpus::Event final_ = event("daraya-2016-final", 1, dateOf(2016, 8, 26), "final_settlement", 2, {"daraya"});
    final_.guarantors = {"egypt"};
    final_.clauses = {clause(3, {"conscription_deferral"}), clause(1, {"departure_north"}), clause(2, {"departure_north", "conscription_deferral"})};
    corpus::Flow toIdlib;
    toIdlib.from = "daraya";
    toIdlib.to = "idlib";
    toIdlib.who = "fighters";
    toIdlib.count = 700;
    toIdlib.date = dateOf(2016, 8, 27);
    final_.flows = {toIdlib};
    corpus::Event evac = event("waer-2017-evacuation", 2, dateOf(2017, 3, 18), "evacuation", 3, {"waer"});
    corpus::Flow toJarablus;
    toJarablus.from = "waer";
    toJarablus.to = "jarablus";
    toJarablus.who = "fighters_and_families";
    toJarablus.count = 1000;
    evac.flows = {toJarablus};
    d.events = {truce, meeting, waer, final_, evac};  // the Corpus sorts them by day

    corpus::Model m1, m2, m3;
    m1.n = 1;
    m1.id = "local-truce";
    m2.n = 2;
    m2.id = "deescalation";
    m3.n = 3;
    m3.id = "deferred";
    d.models = {m1, m2, m3};
    corpus::Priority p1;
    p1.n = 1;
    p1.id = "supply-routes";
    p1.events = {"waer-2015-agreement"};
    p1.cases = {2};
    corpus::Priority p2;
    p2.n = 2;
    p2.id = "cutting-links";
    d.priorities = {p1, p2};
    return corpus::Corpus(std::move(d));
}

/// Ids of the events at `indices`, for readable assertions.
inline std::vector<std::string> eventIds(const corpus::Corpus& c, const std::vector<uint32_t>& indices) {
    std::vector<std::string> out;
    for (uint32_t i : indices) out.push_back(c.events()[i].id);
    return out;
}

}  // namespace ta::explore::test
