#include "sqlite_handles.hpp"

#include "error.hpp"

#include <utility>

namespace ta::corpus {

Connection::Connection(const std::filesystem::path& path, Mode mode, std::string displayName)
    : m_name(displayName.empty() ? path.string() : std::move(displayName)) {
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Error(m_name, "cannot open database: " + message);
    }
    sqlite3_extended_result_codes(m_db, 1);
}

Connection::~Connection() {
    if (m_db) sqlite3_close_v2(m_db);
}

Connection::Connection(Connection&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_name(std::move(other.m_name)) {}

Connection& Connection::operator=(Connection&& other) noexcept {
    if (this != &other) {
        if (m_db) sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_name = std::move(other.m_name);
    }
    return *this;
}

void Connection::check(int rc, std::string_view what, int ok) const {
    if (rc == ok) return;
    throw Error(m_name, std::string(what) + ": " + (m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc)));
}

void Connection::exec(std::string_view sql) {
    char* message = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const std::string why = message ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        throw Error(m_name, "SQL failed: " + why);
    }
}

Statement Connection::prepare(std::string_view sql) { return Statement(*this, sql); }

int Connection::userVersion() {
    Statement st(*this, "PRAGMA user_version");
    return st.step() ? static_cast<int>(st.integer(0)) : 0;
}

void Connection::close() {
    if (!m_db) return;
    const int rc = sqlite3_close(m_db);  // fails (SQLITE_BUSY) while statements are still open
    if (rc != SQLITE_OK) throw Error(m_name, std::string("cannot close database: ") + sqlite3_errstr(rc));
    m_db = nullptr;
}

Statement::Statement(Connection& db, std::string_view sql) : m_db(&db) {
    const int rc = sqlite3_prepare_v2(db.get(), sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr);
    db.check(rc, "cannot prepare '" + std::string(sql.substr(0, 60)) + "'");
}

Statement::~Statement() {
    if (m_stmt) sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)) {}

Statement& Statement::bind(int index, std::string_view text) {
    m_db->check(sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT), "bind");
    return *this;
}

Statement& Statement::bind(int index, int64_t value) {
    m_db->check(sqlite3_bind_int64(m_stmt, index, value), "bind");
    return *this;
}

Statement& Statement::bind(int index, double value) {
    m_db->check(sqlite3_bind_double(m_stmt, index, value), "bind");
    return *this;
}

Statement& Statement::bindNull(int index) {
    m_db->check(sqlite3_bind_null(m_stmt, index), "bind");
    return *this;
}

Statement& Statement::bindOptional(int index, const std::optional<int64_t>& value) {
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bindOptional(int index, const std::optional<double>& value) {
    return value ? bind(index, *value) : bindNull(index);
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    m_db->check(rc, "query failed");
    return false;
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::string Statement::text(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(m_stmt, column))) : std::string();
}

int64_t Statement::integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }
bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

std::optional<int64_t> Statement::optionalInteger(int column) const {
    return isNull(column) ? std::nullopt : std::optional<int64_t>(integer(column));
}

std::optional<double> Statement::optionalReal(int column) const {
    return isNull(column) ? std::nullopt : std::optional<double>(real(column));
}

}  // namespace ta::corpus
