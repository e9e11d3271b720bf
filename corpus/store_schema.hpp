#pragma once
// The corpus database layout (SQLite, foreign keys on) and its version. Bump kSchemaVersion with
// every change to the tables: loadDatabase refuses other versions rather than misreading them.

#include "sqlite_handles.hpp"

namespace ta::corpus {

inline constexpr int kSchemaVersion = 2;  // 2: events.phase_ar

/// Creates every table of an empty database and stamps PRAGMA user_version.
void createSchema(Connection& db);

/// Registers ar_norm(text) (normalizeArabic) on the connection; needed wherever the search table is
/// written or queried, since the same folding must apply to the index and to the query.
void registerSqlFunctions(Connection& db);

}  // namespace ta::corpus
