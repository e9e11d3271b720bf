#pragma once
// Helpers for the corpus tests: a temporary source tree with a small, valid base corpus, and
// builders for TOML snippets, so each test states only what it is about.

#include "temp_dir.hpp"
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>

namespace ta::corpus::test {

inline std::filesystem::path realDataDir() { return std::filesystem::path(TA_SOURCE_DIR) / "corpus" / "data"; }
inline std::filesystem::path sharedDir() { return std::filesystem::path(TA_SHARED_DIR); }

using TempDir = ::ta::test::TempDir;  // tests/support/temp_dir.hpp

/// The 1-based line of the first occurrence of `needle` in `text` (0 if absent).
inline int lineOf(std::string_view text, std::string_view needle) {
    const size_t at = text.find(needle);
    if (at == std::string_view::npos) return 0;
    int line = 1;
    for (size_t i = 0; i < at; ++i)
        if (text[i] == '\n') ++line;
    return line;
}

/// Vocabularies, governorates, places and actors the synthetic cases refer to.
inline constexpr std::string_view kBaseToml = R"(
[[category]]
id = "ceasefire"
en = "Ceasefire"
ar = "وقف إطلاق النار"

[[category]]
id = "departure_north"
en = "Departure to the north"
ar = "الخروج إلى الشمال"

[[event_kind]]
id = "truce"
en = "Truce"
ar = "هدنة"

[[event_kind]]
id = "agreement"
en = "Agreement"
ar = "اتفاق"

[[event_kind]]
id = "final_settlement"
en = "Final settlement"
ar = "تسوية نهائية"

[[event_kind]]
id = "deescalation"
en = "De-escalation"
ar = "خفض التصعيد"

[[event_kind]]
id = "evacuation"
en = "Evacuation"
ar = "تهجير"

[[event_kind]]
id = "offer"
en = "Offer"
ar = "عرض"

[[event_kind]]
id = "meeting"
en = "Meeting"
ar = "اجتماع"

[[event_kind]]
id = "military"
en = "Military"
ar = "عسكري"

[[status]]
id = "none"
en = "None"
ar = "لا شيء"

[[status]]
id = "truce"
en = "Truce"
ar = "هدنة"

[[status]]
id = "deescalation"
en = "De-escalation"
ar = "خفض التصعيد"

[[status]]
id = "settled"
en = "Settled"
ar = "تسوية"

[[status]]
id = "evacuated"
en = "Evacuated"
ar = "تهجير"

[[status]]
id = "collapsed"
en = "Collapsed"
ar = "انهيار"

[[number_kind]]
id = "fighters"
en = "fighters"
ar = "مقاتلون"

[[number_kind]]
id = "people"
en = "people"
ar = "أشخاص"

[[governorate]]
id = "rif-dimashq"
name_en = "Rif Dimashq"
name_ar = "ريف دمشق"

[[governorate]]
id = "idlib"
name_en = "Idlib"
name_ar = "إدلب"

[[place]]
id = "town-a"
name_en = "Town A"
name_ar = "البلدة أ"
kind = "town"
governorate = "rif-dimashq"
lat = 33.5
lon = 36.3
position = "manual"
position_note = "test"

[[place]]
id = "town-b"
name_en = "Town B"
name_ar = "البلدة ب"
kind = "town"
governorate = "rif-dimashq"
lat = 33.6
lon = 36.4
position = "manual"
position_note = "test"

[[place]]
id = "idlib"
name_en = "Idlib"
name_ar = "إدلب"
kind = "city"
governorate = "idlib"
lat = 35.93
lon = 36.63
position = "geonames"
position_note = "test"

[[actor]]
id = "government"
kind = "government"
name_en = "Government"
name_ar = "الحكومة"

[[actor]]
id = "rebels"
kind = "faction"
name_en = "Rebels"
name_ar = "المعارضة"

[[actor]]
id = "russia"
kind = "state"
name_en = "Russia"
name_ar = "روسيا"
)";

/// `[case]` number `n` with id `id` whose main place is town-a.
inline std::string caseToml(int n, const std::string& id) {
    return "[case]\nn = " + std::to_string(n) + "\nid = \"" + id +
           "\"\nname_en = \"Case\"\nname_ar = \"حالة\"\ngovernorate = \"rif-dimashq\"\nplaces = [\"town-a\"]\n"
           "summary_en = \"A case.\"\nsummary_ar = \"حالة.\"\nsource = { section = \"2." + std::to_string(n) +
           "\", lines = [1, 2] }\n\n";
}

/// One `[[event]]`; `extra` holds more key = value lines, `tail` sub-tables ([[event.flow]] ...).
inline std::string eventToml(const std::string& id, const std::string& date, const std::string& kind,
                             const std::string& places, const std::string& extra = "", const std::string& tail = "") {
    return "[[event]]\nid = \"" + id + "\"\ndate = \"" + date + "\"\nkind = \"" + kind +
           "\"\nphase = \"p\"\ntitle_en = \"Title " + id + "\"\ntitle_ar = \"عنوان\"\nsummary_en = \"Summary.\"\n"
           "summary_ar = \"ملخص.\"\nplaces = " + places + "\nparties = [\"government\", \"rebels\"]\n" + extra +
           (extra.find("outcome =") == std::string::npos ? "outcome = \"implemented\"\n" : "") +
           "source = { section = \"2.1\", paragraph = 1, lines = [1, 2] }\n" + tail + "\n";
}

}  // namespace ta::corpus::test
