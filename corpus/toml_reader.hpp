#pragma once
// Typed access to one TOML table of a corpus source, reporting every problem (missing field, wrong
// type, empty text, bad date, value outside its vocabulary, unknown key) as a diagnostic instead of
// throwing. Each accessor marks its key as known; finish() reports the keys nobody asked for, so a
// typo such as `summery_en` cannot pass silently.

#include "date.hpp"
#include "diagnostics.hpp"
#include "model.hpp"
#include "source_lines.hpp"

#include <toml++/toml.h>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ta::corpus {

enum class Need { Required, Optional };

class TableReader {
public:
    /// `field` prefixes the keys in messages ("event" gives "event.date"); `line` is where the table
    /// starts (its header), used for fields that are missing.
    TableReader(const toml::table& table, const std::string& file, std::string field, ReadContext& ctx);
    TableReader(const TableReader&) = delete;
    TableReader& operator=(const TableReader&) = delete;

    int line() const { return m_line; }
    const std::string& file() const { return m_file; }
    SourceRef ref() const { return SourceRef{m_file, m_line}; }
    /// The line of `key`'s value, or the table's line when the key is absent.
    int lineOf(std::string_view key) const;
    std::string fieldName(std::string_view key) const {
        return m_field.empty() ? std::string(key) : m_field + "." + std::string(key);
    }
    void report(std::string_view key, std::string message);

    /// Any string (may be empty).
    std::string string(std::string_view key, Need need);
    /// Prose or a name: must not be empty or blank when present.
    std::string text(std::string_view key, Need need);
    /// An id: a lowercase ASCII slug [a-z0-9-] (underscores allowed for taxonomy ids).
    std::string id(std::string_view key, Need need, bool allowUnderscore = false);
    /// One of `allowed`.
    std::string choice(std::string_view key, Need need, std::span<const std::string_view> allowed);
    std::optional<int64_t> integer(std::string_view key, Need need);
    /// An integer or a float.
    std::optional<double> number(std::string_view key, Need need);
    std::optional<bool> boolean(std::string_view key, Need need);
    std::optional<PartialDate> date(std::string_view key, Need need);
    std::vector<std::string> strings(std::string_view key, Need need);
    std::vector<int> integers(std::string_view key, Need need);
    /// `source = { section = "2.14", paragraph = 2, lines = [1074, 1079] }`
    StudyRef studyRef(std::string_view key, Need need);
    /// An inline or standard sub-table.
    const toml::table* table(std::string_view key, Need need);
    /// An array of tables (`[[event.clause]]`); empty when absent.
    std::vector<const toml::table*> tables(std::string_view key);

    /// Reports keys not read by any accessor. Called once, after all fields were read.
    void finish();

private:
    const toml::node* find(std::string_view key, Need need);
    void wrongType(std::string_view key, const toml::node& node, std::string_view expected);

    const toml::table& m_table;
    std::string m_file;
    std::string m_field;
    ReadContext& m_ctx;
    Diagnostics& m_diags;
    int m_line = 1;
    std::vector<std::string> m_known;
    bool m_finished = false;
};

/// "a string", "an integer", "a TOML date"... for messages.
std::string describeType(const toml::node& node);
int lineOfNode(const toml::node& node);

}  // namespace ta::corpus
