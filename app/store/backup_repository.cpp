// The JSON backup: every row of every table the user's data lives in, so a
// restore into an empty database gives identical rows. The search index is
// left out; the database's own triggers rebuild it as rows go back in.
#include "store/backup_repository.hpp"

#include "store/table_registry.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace rapport::store {
namespace {

using nlohmann::json;

// A member of a JSON object, or null. nlohmann's const operator[] is
// undefined for a missing key (the fuzzer found it reading freed memory).
const json* member(const json& object, const char* key) {
    if (!object.is_object()) return nullptr;
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

constexpr const char* kFormat = "rapport-backup";
constexpr int kFormatVersion = 1;

int line_of(std::string_view text, size_t byte) {
    return 1 + static_cast<int>(std::count(
                   text.begin(),
                   text.begin() + static_cast<std::ptrdiff_t>(std::min(byte, text.size())), '\n'));
}

// Inserts one table's rows from its backup `spec` ({"columns": […], "rows":
// […]}), counting them in `progress` and stopping when it is cancelled.
// `known` is the table's own columns: anything else is refused.
Error insert_rows(Database& db, const char* table, const std::vector<std::string>& known,
                  const json& spec, ImportProgress* progress) {
    const json* columns_in = member(spec, "columns");
    const json* rows_in = member(spec, "rows");
    if (!columns_in || !columns_in->is_array() || !rows_in || !rows_in->is_array())
        return {ErrorKind::Invalid, std::string("Table ") + table + ": needs columns and rows"};
    std::string names, marks;
    const json& columns = *columns_in;
    for (size_t c = 0; c < columns.size(); ++c) {
        if (!columns[c].is_string() ||
            std::find(known.begin(), known.end(), columns[c].get<std::string>()) == known.end())
            return {ErrorKind::Invalid,
                    std::string("Table ") + table + ": unknown column " + columns[c].dump()};
        names += (c ? "," : "") + columns[c].get<std::string>();
        marks += (c ? ",?" : "?") + std::to_string(c + 1);
    }
    if (columns.empty()) return {};
    const bool keep_current = std::string_view(table) == "capture_draft";
    Statement insert =
        db.prepare(std::string(keep_current ? "INSERT OR IGNORE INTO " : "INSERT INTO ") + table +
                   "(" + names + ") VALUES (" + marks + ")");
    size_t index = 0;
    for (const json& row : *rows_in) {
        ++index;
        if (progress) {
            if (progress->cancel) return {ErrorKind::Invalid, "Restore stopped: nothing changed"};
            ++progress->done;
        }
        if (!row.is_array() || row.size() != columns.size())
            return {ErrorKind::Invalid, std::string("Table ") + table + ", row " +
                                            std::to_string(index) + ": expected " +
                                            std::to_string(columns.size()) + " values"};
        for (size_t c = 0; c < row.size(); ++c) {
            const int at = static_cast<int>(c) + 1;
            const json& v = row[c];
            if (v.is_null())
                insert.bind_null(at);
            else if (v.is_number_integer())
                insert.bind(at, v.get<std::int64_t>());
            else if (v.is_number())
                insert.bind(at, v.get<double>());
            else if (v.is_string())
                insert.bind(at, v.get_ref<const std::string&>());
            else
                return {ErrorKind::Invalid, std::string("Table ") + table + ", row " +
                                                std::to_string(index) +
                                                ": a value is neither text, number nor null"};
        }
        if (!insert.run()) {
            Error e = insert.error();
            e.message =
                std::string("Table ") + table + ", row " + std::to_string(index) + ": " + e.message;
            return e;
        }
    }
    return {};
}

} // namespace

Error BackupRepository::to_json(std::string& out) {
    json tables = json::object();
    for (const TableInfo& info : data_tables()) {
        const char* table = info.name;
        Statement q = db_.prepare(std::string("SELECT * FROM ") + table + " ORDER BY 1");
        json columns = json::array();
        json rows = json::array();
        bool named = false;
        while (q.step()) {
            if (!named) {
                for (int c = 0; c < q.column_count(); ++c)
                    columns.push_back(q.column_name(c));
                named = true;
            }
            json row = json::array();
            for (int c = 0; c < q.column_count(); ++c) {
                switch (q.column_type(c)) {
                case Statement::Type::Integer:
                    row.push_back(q.integer(c));
                    break;
                case Statement::Type::Real:
                    row.push_back(q.real(c));
                    break;
                case Statement::Type::Null:
                    row.push_back(nullptr);
                    break;
                default:
                    row.push_back(q.text(c));
                    break;
                }
            }
            rows.push_back(std::move(row));
        }
        if (q.error()) return q.error();
        if (!named) // an empty table still names its columns
            for (const std::string& c : table_columns(table))
                columns.push_back(c);
        tables[table] = {{"columns", std::move(columns)}, {"rows", std::move(rows)}};
    }
    json doc = {{"format", kFormat},
                {"version", kFormatVersion},
                {"schema", connection_.schema_version()},
                {"exported_at", clock_.now()},
                {"tables", std::move(tables)}};
    out = doc.dump(1, '\t', false, json::error_handler_t::replace) + "\n";
    return {};
}

std::vector<std::string> BackupRepository::table_columns(const std::string& table) {
    std::vector<std::string> columns;
    Statement q = db_.prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid");
    q.bind(1, table);
    while (q.step())
        columns.push_back(q.text(0));
    return columns;
}

bool BackupRepository::is_backup(std::string_view text) {
    const size_t start = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (start == std::string_view::npos || text[start] != '{') return false;
    return text.substr(0, 4096).find(std::string("\"") + kFormat + "\"") != std::string_view::npos;
}

std::int64_t BackupRepository::count_user_rows() {
    return db_.scalar("SELECT (SELECT count(*) FROM person) + (SELECT count(*) FROM note) + "
                      "(SELECT count(*) FROM conversation)");
}

Error BackupRepository::restore(std::string_view text, bool replace_existing,
                                ImportProgress* progress) {
    if (Error e = refuse_if_read_only()) return e;
    json doc;
    try {
        doc = json::parse(text);
    } catch (const json::parse_error& e) {
        return {ErrorKind::Invalid, "Line " + std::to_string(line_of(text, e.byte)) +
                                        ": this is not valid JSON (" + e.what() + ")"};
    }
    // Every member is checked before use; the catch is the backstop, so no
    // backup, however odd, can end the app with an uncaught exception.
    try {
        const json* format = member(doc, "format");
        if (!format || !format->is_string() || format->get_ref<const std::string&>() != kFormat)
            return {ErrorKind::Invalid, "This JSON file is not a Rapport backup"};
        if (!doc["version"].is_number_integer() || doc["version"].get<int>() > kFormatVersion ||
            !doc["schema"].is_number_integer() ||
            doc["schema"].get<int>() > connection_.schema_version())
            return {ErrorKind::TooNew,
                    "This backup was written by a newer Rapport; update Rapport to restore it"};
        const json& tables = doc["tables"];
        if (!tables.is_object()) return {ErrorKind::Invalid, "The backup has no \"tables\""};
        for (const auto& item : tables.items()) {
            const std::string& name = item.key();
            if (!table_info(name))
                return {ErrorKind::Invalid,
                        "The backup has a table Rapport does not know: " + name};
        }
        if (!replace_existing && count_user_rows() > 0)
            return {ErrorKind::Invalid, "This database already has people, notes or conversations; "
                                        "restoring replaces all of them (confirm to go ahead)"};

        if (progress) {
            int rows = 0;
            for (const auto& item : tables.items())
                if (const json* r = member(item.value(), "rows"); r && r->is_array())
                    rows += static_cast<int>(r->size());
            progress->total = rows;
            progress->done = 0;
        }
        LargeCache large_cache(db_); // everything is one transaction
        Transaction transaction(db_);
        if (transaction.begin_error()) return transaction.begin_error();
        // A referrer may come after the person they referred.
        Statement defer = db_.prepare("PRAGMA defer_foreign_keys = ON");
        if (!defer.run()) return defer.error();
        // The search index is rebuilt once at the end, not row by row through
        // search_doc's triggers (40% of a large restore). The triggers are put
        // back from their own SQL, so the schema stays as the migrations made
        // it; this is all inside the transaction, so a failure undoes it too.
        std::vector<std::pair<std::string, std::string>> index_triggers;
        {
            Statement q = db_.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                      "AND tbl_name = 'search_doc'");
            while (q.step())
                index_triggers.emplace_back(q.text(0), q.text(1));
        }
        for (const auto& [name, sql] : index_triggers)
            if (Error e = db_.exec("DROP TRIGGER " + name)) return e;
        // Children first when clearing, parents first when filling. A capture
        // being typed right now stays: typed text is never lost.
        for (auto it = data_tables().rbegin(); it != data_tables().rend(); ++it) {
            if (std::string_view(it->name) == "capture_draft") continue;
            Statement clear = db_.prepare(std::string("DELETE FROM ") + it->name);
            if (!clear.run()) return clear.error();
        }
        // search_doc follows the rows back in through their triggers.
        Statement clear_search = db_.prepare("DELETE FROM search_doc");
        if (!clear_search.run()) return clear_search.error();
        for (const TableInfo& info : data_tables()) {
            const char* table = info.name;
            if (!tables.contains(table)) continue;
            if (Error e = insert_rows(db_, table, table_columns(table), tables[table], progress))
                return e;
        }
        if (Error e = db_.exec("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")) return e;
        for (const auto& [name, sql] : index_triggers)
            if (Error e = db_.exec(sql)) return e;
        return transaction.commit();
    } catch (const json::exception& e) {
        return {ErrorKind::Invalid, std::string("This backup could not be read: ") + e.what()};
    }
}

} // namespace rapport::store
