#pragma once
// Owning handles for SQLite connections and prepared statements. Every failure throws ta::Error
// naming the database file and carrying SQLite's own message.

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace ta::corpus {

class Statement;

class Connection {
public:
    enum class Mode { ReadOnly, Create };
    /// `displayName` names the database in messages (default: `path`), e.g. the final name of a
    /// database being built in a temporary file.
    Connection(const std::filesystem::path& path, Mode mode, std::string displayName = {});
    ~Connection();
    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    sqlite3* get() const { return m_db; }
    const std::string& name() const { return m_name; }

    /// Runs one or more statements without parameters (schema, pragmas).
    void exec(std::string_view sql);
    Statement prepare(std::string_view sql);
    int userVersion();

    /// Closes now and reports a failure (the destructor cannot). Idempotent.
    void close();

    /// Throws ta::Error with SQLite's last message if `rc` is not `ok`.
    void check(int rc, std::string_view what, int ok = SQLITE_OK) const;

private:
    sqlite3* m_db = nullptr;
    std::string m_name;
};

class Statement {
public:
    Statement(Connection& db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are 1-based, as in SQLite. Text is copied (SQLITE_TRANSIENT).
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bindNull(int index);
    /// NULL for nullopt; empty strings stay empty strings.
    Statement& bindOptional(int index, const std::optional<int64_t>& value);
    Statement& bindOptional(int index, const std::optional<double>& value);

    /// Advances; true while a row is available.
    bool step();
    /// step() for statements that return no rows, then reset for the next use.
    void run();
    void reset();

    std::string text(int column) const;
    int64_t integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    std::optional<int64_t> optionalInteger(int column) const;
    std::optional<double> optionalReal(int column) const;

private:
    Connection* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

}  // namespace ta::corpus
