#include "toml_reader.hpp"

#include <algorithm>

namespace ta::corpus {

namespace {

bool isBlank(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

bool isSlug(std::string_view s, bool allowUnderscore) {
    if (s.empty()) return false;
    return std::all_of(s.begin(), s.end(), [&](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || (allowUnderscore && c == '_');
    });
}

std::string joinAllowed(std::span<const std::string_view> allowed) {
    std::string out;
    for (std::string_view a : allowed) out += (out.empty() ? "" : ", ") + std::string(a);
    return out;
}

}  // namespace

std::string describeType(const toml::node& node) {
    switch (node.type()) {
        case toml::node_type::string: return "a string";
        case toml::node_type::integer: return "an integer";
        case toml::node_type::floating_point: return "a float";
        case toml::node_type::boolean: return "a boolean";
        case toml::node_type::date: return "a TOML date";
        case toml::node_type::time: return "a TOML time";
        case toml::node_type::date_time: return "a TOML date-time";
        case toml::node_type::array: return node.as_array()->is_array_of_tables() ? "an array of tables" : "an array";
        case toml::node_type::table: return "a table";
        default: return "nothing";
    }
}

int lineOfNode(const toml::node& node) {
    return static_cast<int>(node.source().begin.line);
}

TableReader::TableReader(const toml::table& table, const std::string& file, std::string field, ReadContext& ctx)
    : m_table(table), m_file(file), m_field(std::move(field)), m_ctx(ctx), m_diags(ctx.diags), m_line(std::max(1, lineOfNode(table))) {}

int TableReader::lineOf(std::string_view key) const {
    const toml::node* node = m_table.get(key);
    return node ? std::max(1, lineOfNode(*node)) : m_line;
}

void TableReader::report(std::string_view key, std::string message) {
    m_diags.add(m_file, lineOf(key), fieldName(key), std::move(message));
}

const toml::node* TableReader::find(std::string_view key, Need need) {
    m_known.emplace_back(key);
    const toml::node* node = m_table.get(key);
    if (!node && need == Need::Required) m_diags.add(m_file, m_line, fieldName(key), "missing (required)");
    if (node) m_ctx.lines.record(ref(), key, std::max(1, lineOfNode(*node)));
    return node;
}

void TableReader::wrongType(std::string_view key, const toml::node& node, std::string_view expected) {
    std::string message = "expected " + std::string(expected) + ", got " + describeType(node);
    if (node.is_date() || node.is_date_time()) message += " (write dates as quoted strings: \"2016-08-26\")";
    report(key, std::move(message));
}

std::string TableReader::string(std::string_view key, Need need) {
    const toml::node* node = find(key, need);
    if (!node) return {};
    if (!node->is_string()) {
        wrongType(key, *node, "a string");
        return {};
    }
    return node->as_string()->get();
}

std::string TableReader::text(std::string_view key, Need need) {
    const bool present = m_table.contains(key);
    std::string value = string(key, need);
    if (present && m_table.get(key)->is_string() && isBlank(value)) report(key, "is empty");
    return value;
}

std::string TableReader::id(std::string_view key, Need need, bool allowUnderscore) {
    const bool present = m_table.contains(key);
    std::string value = string(key, need);
    if (present && m_table.get(key)->is_string() && !isSlug(value, allowUnderscore))
        report(key, "'" + value + "' is not a valid id (use lowercase ASCII letters, digits and '-'" +
                        (allowUnderscore ? std::string(" or '_'") : std::string()) + ")");
    return value;
}

std::string TableReader::choice(std::string_view key, Need need, std::span<const std::string_view> allowed) {
    const bool present = m_table.contains(key);
    std::string value = string(key, need);
    if (present && m_table.get(key)->is_string() && std::find(allowed.begin(), allowed.end(), value) == allowed.end())
        report(key, "'" + value + "' is not one of: " + joinAllowed(allowed));
    return value;
}

std::optional<int64_t> TableReader::integer(std::string_view key, Need need) {
    const toml::node* node = find(key, need);
    if (!node) return std::nullopt;
    if (!node->is_integer()) {
        wrongType(key, *node, "an integer");
        return std::nullopt;
    }
    return node->as_integer()->get();
}

std::optional<double> TableReader::number(std::string_view key, Need need) {
    const toml::node* node = find(key, need);
    if (!node) return std::nullopt;
    if (node->is_integer()) return static_cast<double>(node->as_integer()->get());
    if (node->is_floating_point()) return node->as_floating_point()->get();
    wrongType(key, *node, "a number");
    return std::nullopt;
}

std::optional<bool> TableReader::boolean(std::string_view key, Need need) {
    const toml::node* node = find(key, need);
    if (!node) return std::nullopt;
    if (!node->is_boolean()) {
        wrongType(key, *node, "true or false");
        return std::nullopt;
    }
    return node->as_boolean()->get();
}

std::optional<PartialDate> TableReader::date(std::string_view key, Need need) {
    const toml::node* node = find(key, need);
    if (!node) return std::nullopt;
    if (!node->is_string()) {
        wrongType(key, *node, "a date string (\"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\")");
        return std::nullopt;
    }
    std::string why;
    auto parsed = parsePartialDate(node->as_string()->get(), &why);
    if (!parsed) report(key, "impossible date: " + why);
    return parsed;
}

std::vector<std::string> TableReader::strings(std::string_view key, Need need) {
    const toml::node* node = find(key, need);
    std::vector<std::string> out;
    if (!node) return out;
    const toml::array* array = node->as_array();
    if (!array) {
        wrongType(key, *node, "an array of strings");
        return out;
    }
    for (const toml::node& item : *array) {
        if (!item.is_string()) {
            m_diags.add(m_file, std::max(1, lineOfNode(item)), fieldName(key),
                        "expected an array of strings, found " + describeType(item));
            continue;
        }
        out.push_back(item.as_string()->get());
    }
    return out;
}

std::vector<int> TableReader::integers(std::string_view key, Need need) {
    const toml::node* node = find(key, need);
    std::vector<int> out;
    if (!node) return out;
    const toml::array* array = node->as_array();
    if (!array) {
        wrongType(key, *node, "an array of integers");
        return out;
    }
    for (const toml::node& item : *array) {
        if (!item.is_integer()) {
            m_diags.add(m_file, std::max(1, lineOfNode(item)), fieldName(key),
                        "expected an array of integers, found " + describeType(item));
            continue;
        }
        out.push_back(static_cast<int>(item.as_integer()->get()));
    }
    return out;
}

StudyRef TableReader::studyRef(std::string_view key, Need need) {
    StudyRef ref;
    const toml::table* t = table(key, need);
    if (!t) return ref;
    TableReader sub(*t, m_file, fieldName(key), m_ctx);
    ref.section = sub.string("section", Need::Required);
    if (!ref.section.empty()) {
        const bool general = ref.section.size() == 1 && ref.section[0] >= '1' && ref.section[0] <= '5';
        bool partTwo = ref.section.size() >= 3 && ref.section.rfind("2.", 0) == 0 &&
                       std::all_of(ref.section.begin() + 2, ref.section.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (partTwo) {
            const int n = std::stoi(ref.section.substr(2, 3));
            partTwo = n >= 1 && n <= 20;
        }
        if (!general && !partTwo)
            sub.report("section", "'" + ref.section + "' is not a section of the study (\"1\", \"3\", \"4\", \"5\" or \"2.N\" with N 1..20)");
    }
    if (auto p = sub.integer("paragraph", Need::Optional)) {
        if (*p < 1) sub.report("paragraph", "must be 1 or more");
        else ref.paragraph = static_cast<int>(*p);
    }
    const bool hasLines = t->contains("lines");
    const std::vector<int> lines = sub.integers("lines", Need::Optional);
    if (hasLines && t->get("lines")->is_array()) {
        if (lines.size() != 2) sub.report("lines", "expected [first, last], got " + std::to_string(lines.size()) + " numbers");
        else if (lines[0] < 1 || lines[1] < lines[0])
            sub.report("lines", "expected 1 <= first <= last, got [" + std::to_string(lines[0]) + ", " + std::to_string(lines[1]) + "]");
        else {
            ref.lineFirst = lines[0];
            ref.lineLast = lines[1];
        }
    }
    sub.finish();
    return ref;
}

const toml::table* TableReader::table(std::string_view key, Need need) {
    const toml::node* node = find(key, need);
    if (!node) return nullptr;
    if (!node->is_table()) {
        wrongType(key, *node, "a table");
        return nullptr;
    }
    return node->as_table();
}

std::vector<const toml::table*> TableReader::tables(std::string_view key) {
    const toml::node* node = find(key, Need::Optional);
    std::vector<const toml::table*> out;
    if (!node) return out;
    const toml::array* array = node->as_array();
    if (!array || !array->is_array_of_tables()) {
        wrongType(key, *node, "an array of tables ([[" + fieldName(key) + "]])");
        return out;
    }
    for (const toml::node& item : *array) out.push_back(item.as_table());
    return out;
}

void TableReader::finish() {
    if (m_finished) return;
    m_finished = true;
    for (auto&& [key, node] : m_table) {
        const std::string_view name = key.str();
        if (std::find(m_known.begin(), m_known.end(), name) != m_known.end()) continue;
        std::string message = "unknown key '" + std::string(name) + "'" + didYouMean(name, m_known);
        m_diags.add(m_file, std::max(1, static_cast<int>(key.source().begin.line)), fieldName(name), std::move(message));
    }
}

}  // namespace ta::corpus
