#pragma once
// One TOML table of a corpus source -> one model struct. Problems go to the diagnostics; the
// returned struct holds whatever could be read.

#include "diagnostics.hpp"
#include "source_lines.hpp"
#include "model.hpp"

#include <toml++/toml.h>

#include <string>

namespace ta::corpus {

Case readCase(const toml::table& t, const std::string& file, ReadContext& ctx);
/// `caseN` is the number of the file's [case], 0 for general events.
Event readEvent(const toml::table& t, const std::string& file, int caseN, ReadContext& ctx);
Place readPlace(const toml::table& t, const std::string& file, ReadContext& ctx);
Actor readActor(const toml::table& t, const std::string& file, ReadContext& ctx);
Governorate readGovernorate(const toml::table& t, const std::string& file, ReadContext& ctx);
Zone readZone(const toml::table& t, const std::string& file, ReadContext& ctx);
Model readModel(const toml::table& t, const std::string& file, ReadContext& ctx);
Priority readPriority(const toml::table& t, const std::string& file, ReadContext& ctx);
/// A taxonomy entry; `field` is the table name ("category", "event_kind", ...); only categories
/// carry a description.
Term readTerm(const toml::table& t, const std::string& file, const std::string& field, ReadContext& ctx);

}  // namespace ta::corpus
