#include "store/sync_repository.hpp"

#include "store/table_registry.hpp"

#include "store/uuid.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string_view>

namespace rapport::store {
namespace {

using core::SyncFields;
using core::SyncRecord;
using nlohmann::json;

// A synced table (store/table_registry.hpp: those with a sync stamp).
using Spec = TableInfo;

const Spec* spec_of(std::string_view table) {
    if (const TableInfo* t = table_info(table); t && t->sync_stamp) return t;
    return nullptr;
}

// The profile is one row (id 1); it travels as the record "profile".
std::string record_id_of(const Spec& spec, const std::string& key) {
    return std::string_view(spec.name) == "profile" ? "profile" : key;
}
std::string key_of(const Spec& spec, const std::string& record_id) {
    return std::string_view(spec.name) == "profile" ? "1" : record_id;
}

bool travels(const Spec& spec, const std::string& column) {
    if (column == spec.key || column == "deleted_at" || column == "updated_at") return false;
    if (std::string_view(spec.name) == "person" && column == "organisation_id") return false;
    return true;
}

core::SyncValue value_at(const Statement& q, int c) {
    if (q.column_type(c) == Statement::Type::Null) return std::nullopt;
    return q.text(c);
}

} // namespace

std::string fields_json(const SyncFields& fields) {
    json object = json::object();
    for (const auto& [name, value] : fields)
        object[name] = value ? json(*value) : json(nullptr);
    return object.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::optional<SyncFields> fields_from_json(const std::string& text) {
    const json object = json::parse(text, nullptr, false);
    if (!object.is_object()) return std::nullopt;
    SyncFields fields;
    for (const auto& [name, value] : object.items())
        fields[name] = value.is_string() ? core::SyncValue(value.get<std::string>()) : std::nullopt;
    return fields;
}

const std::vector<std::string>& SyncRepository::tables() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const TableInfo& t : data_tables())
            if (t.sync_stamp) out.emplace_back(t.name);
        return out;
    }();
    return names;
}

std::optional<SyncAccount> SyncRepository::account() {
    Statement q = db_.prepare(
        "SELECT address, user, device, contacts_url, calendar_url, records_url, last_synced_at, "
        "last_summary, last_problem FROM sync_account WHERE id = 1");
    if (!q.step()) return std::nullopt;
    SyncAccount a;
    a.address = q.text(0);
    a.user = q.text(1);
    a.device = q.text(2);
    a.contacts_url = q.text(3);
    a.calendar_url = q.text(4);
    a.records_url = q.text(5);
    if (!q.is_null(6)) a.last_synced_at = q.integer(6);
    a.last_summary = q.text(7);
    a.last_problem = q.text(8);
    return a;
}

Error SyncRepository::save_account(const std::string& address, const std::string& user) {
    if (Error e = refuse_if_read_only()) return e;
    const auto existing = account();
    // A new server or user: the old sync records mean nothing there.
    if (existing && (existing->address != address || existing->user != user))
        if (Error e = forget_account()) return e;
    Statement q = db_.prepare(
        "INSERT INTO sync_account(id, address, user, device, updated_at) VALUES (1, ?1, ?2, ?3, "
        "?4) ON CONFLICT(id) DO UPDATE SET address = excluded.address, user = excluded.user, "
        "updated_at = excluded.updated_at");
    q.bind(1, address).bind(2, user).bind(3, existing ? existing->device : new_uuid());
    q.bind(4, clock_.now());
    if (!q.run()) return q.error();
    return {};
}

Error SyncRepository::save_collections(const std::string& contacts, const std::string& calendar,
                                       const std::string& records) {
    Statement q = db_.prepare("UPDATE sync_account SET contacts_url = ?1, calendar_url = ?2, "
                              "records_url = ?3 WHERE id = 1");
    q.bind(1, contacts).bind(2, calendar).bind(3, records);
    if (!q.run()) return q.error();
    return {};
}

Error SyncRepository::save_outcome(std::int64_t at, const std::string& summary,
                                   const std::string& problem) {
    // A failed sync keeps the time and summary of the last good one.
    Statement q = db_.prepare(
        problem.empty()
            ? "UPDATE sync_account SET last_synced_at = ?1, last_summary = ?2, last_problem = ?3 "
              "WHERE id = 1"
            : "UPDATE sync_account SET last_problem = ?3 WHERE id = 1 AND ?1 IS NOT NULL AND ?2 "
              "IS NOT NULL");
    q.bind(1, at).bind(2, summary).bind(3, problem);
    if (!q.run()) return q.error();
    return {};
}

Error SyncRepository::forget_account() {
    return db_.exec("DELETE FROM sync_item; DELETE FROM sync_collection; DELETE FROM "
                    "sync_conflict; DELETE FROM sync_account;");
}

std::string SyncRepository::token(const std::string& collection) {
    Statement q = db_.prepare("SELECT token FROM sync_collection WHERE url = ?1");
    q.bind(1, collection);
    return q.step() ? q.text(0) : "";
}

Error SyncRepository::save_token(const std::string& collection, const std::string& token) {
    Statement q = db_.prepare("INSERT INTO sync_collection(url, token) VALUES (?1, ?2) ON "
                              "CONFLICT(url) DO UPDATE SET token = excluded.token");
    q.bind(1, collection).bind(2, token);
    if (!q.run()) return q.error();
    return {};
}

namespace {

// One row of `spec`'s table as a record, `q` positioned on it.
LocalRecord row_record(const Spec& spec, Statement& q, const std::string& device) {
    LocalRecord out;
    out.record.table = spec.name;
    out.record.stamp.device = device;
    for (int c = 0; c < q.column_count(); ++c) {
        const std::string column = q.column_name(c);
        if (column == spec.key)
            out.record.id = record_id_of(spec, q.text(c));
        else if (column == "deleted_at")
            out.deleted = !q.is_null(c);
        if (column == spec.sync_stamp) out.record.stamp.millis = q.integer(c);
        if (travels(spec, column)) out.record.fields[column] = value_at(q, c);
    }
    return out;
}

// A conversation's questions and answers ride with it, as JSON.
void add_questions(Database& db, LocalRecord& r) {
    Statement q = db.prepare("SELECT position, question_id, text, answer FROM "
                             "conversation_question WHERE conversation_id = ?1 ORDER BY position");
    q.bind(1, r.record.id);
    json list = json::array();
    while (q.step())
        list.push_back(
            {q.integer(0), q.is_null(1) ? json(nullptr) : json(q.text(1)), q.text(2), q.text(3)});
    r.record.fields["questions"] = list.dump(-1, ' ', false, json::error_handler_t::replace);
}

// The columns `table` has in this database (a newer device may send more).
std::vector<std::string> table_columns(Database& db, const char* table) {
    std::vector<std::string> known;
    Statement q = db.prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid");
    q.bind(1, std::string(table));
    while (q.step())
        known.push_back(q.text(0));
    return known;
}

// The INSERT … ON CONFLICT that writes `record` over its row, its values
// (bound ?1 on) in `values`. Fields this database has no column for are
// left out; a row made here keeps the record's creation time when it has one.
std::string upsert_sql(const Spec& spec, const SyncRecord& record,
                       const std::vector<std::string>& known, std::vector<core::SyncValue>& values,
                       std::int64_t when) {
    const auto has = [&](const std::string& c) {
        return std::find(known.begin(), known.end(), c) != known.end();
    };
    const bool sent_created = record.fields.count("created_at") > 0;
    std::vector<std::string> columns{spec.key};
    values = {key_of(spec, record.id)};
    for (const auto& [column, value] : record.fields)
        if (travels(spec, column) && has(column)) {
            columns.push_back(column);
            values.push_back(value);
        }
    if (has("updated_at")) columns.push_back("updated_at"), values.push_back(std::to_string(when));
    if (has("created_at") && !sent_created)
        columns.push_back("created_at"), values.push_back(std::to_string(when));
    std::string names, marks, updates;
    for (size_t i = 0; i < columns.size(); ++i) {
        names += (i ? "," : "") + columns[i];
        marks += (i ? ",?" : "?") + std::to_string(i + 1);
        if (i && !(columns[i] == "created_at" && !sent_created))
            updates += (updates.empty() ? "" : ",") + columns[i] + "=excluded." + columns[i];
    }
    if (spec.soft_delete) updates += std::string(updates.empty() ? "" : ",") + "deleted_at=NULL";
    return std::string("INSERT INTO ") + spec.name + "(" + names + ") VALUES (" + marks +
           ") ON CONFLICT(" + spec.key + ") DO " +
           (updates.empty() ? "NOTHING" : "UPDATE SET " + updates);
}

// A conversation's questions as sent: [position, question id or null, text,
// answer] rows replace the ones kept here. Malformed rows are skipped.
Error replace_questions(Database& db, const std::string& conversation_id,
                        const std::string& questions) {
    const json list = json::parse(questions, nullptr, false);
    Statement clear = db.prepare("DELETE FROM conversation_question WHERE conversation_id = ?1");
    clear.bind(1, conversation_id);
    if (!clear.run()) return clear.error();
    if (!list.is_array()) return {};
    Statement add = db.prepare("INSERT INTO conversation_question(conversation_id, position, "
                               "question_id, text, answer) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const json& row : list) {
        if (!row.is_array() || row.size() != 4 || !row[0].is_number_integer() ||
            !row[2].is_string() || !row[3].is_string())
            continue;
        add.bind(1, conversation_id).bind(2, row[0].get<std::int64_t>());
        if (row[1].is_string())
            add.bind(3, row[1].get<std::string>());
        else
            add.bind_null(3);
        add.bind(4, row[2].get<std::string>()).bind(5, row[3].get<std::string>());
        if (!add.run()) return add.error();
    }
    return {};
}

} // namespace

std::vector<LocalRecord> SyncRepository::records(const std::string& table,
                                                 const std::string& device) {
    std::vector<LocalRecord> out;
    const Spec* spec = spec_of(table);
    if (!spec) return out;
    Statement q = db_.prepare(std::string("SELECT * FROM ") + spec->name);
    while (q.step())
        out.push_back(row_record(*spec, q, device));
    if (table == "conversation")
        for (LocalRecord& r : out)
            add_questions(db_, r);
    return out;
}

std::vector<LocalRecord> SyncRepository::unsynced(const std::string& table,
                                                  const std::string& device) {
    std::vector<LocalRecord> out;
    const Spec* spec = spec_of(table);
    if (!spec) return out;
    // Each row's travelling fields as the JSON text its base was saved as
    // (names in order, every value as text), built and compared with the
    // base by SQLite, so only rows that differ come out: reading every row
    // into maps took half a second at 13,000 records, every sync. A row
    // whose text differs is read and compared field by field (the text can
    // differ where the fields do not: the base may hold fields since dropped).
    std::vector<std::pair<std::string, std::string>> fields; // name, SQL for its text
    bool soft_deleted = false;
    {
        Statement q = db_.prepare("SELECT name FROM pragma_table_info(?1)");
        q.bind(1, std::string(spec->name));
        while (q.step()) {
            const std::string column = q.text(0);
            if (column == "deleted_at") soft_deleted = true;
            if (travels(*spec, column))
                fields.emplace_back(column, "CAST(t.\"" + column + "\" AS TEXT)");
        }
    }
    // A conversation's questions ride with it, as add_questions writes them;
    // `|| ''` keeps the list text, as the field holds it, not nested JSON.
    if (table == "conversation")
        fields.emplace_back(
            "questions",
            "(SELECT json_group_array(json_array(position, question_id, text, answer)) || '' "
            "FROM (SELECT position, question_id, text, answer FROM conversation_question WHERE "
            "conversation_id = t.id ORDER BY position))");
    std::sort(fields.begin(), fields.end());
    std::string same = "0";
    if (!fields.empty() && fields.size() <= 50) {
        same = "si.base = json_object(";
        for (size_t i = 0; i < fields.size(); ++i)
            same += (i ? ", '" : "'") + fields[i].first + "', " + fields[i].second;
        same += ")";
    }
    const std::string key = std::string("t.") + spec->key;
    const std::string id = std::string_view(spec->name) == "profile" ? "'profile'" : key;
    const std::string deleted = soft_deleted ? "t.deleted_at IS NOT NULL" : "0";
    const std::string written = "(si.etag IS NOT NULL AND si.etag <> '')";
    // Deleted here and still there, or live here and not there as it is.
    Statement q = db_.prepare("SELECT " + key + ", si.base, " + written + " FROM " + spec->name +
                              " t LEFT JOIN sync_item si ON si.tbl = ?1 AND si.record_id = " + id +
                              " WHERE CASE WHEN " + deleted + " THEN " + written + " ELSE NOT (" +
                              written + " AND si.base IS NOT NULL AND " + same + ") END");
    q.bind(1, table);
    while (q.step()) {
        auto local = record(table, record_id_of(*spec, q.text(0)), device);
        if (!local) continue;
        if (!local->deleted && q.integer(2) != 0 && !q.is_null(1) &&
            !core::changed_since(local->record.fields, fields_from_json(q.text(1))))
            continue;
        out.push_back(std::move(*local));
    }
    return out;
}

std::optional<LocalRecord> SyncRepository::record(const std::string& table, const std::string& id,
                                                  const std::string& device) {
    const Spec* spec = spec_of(table);
    if (!spec) return std::nullopt;
    Statement q =
        db_.prepare(std::string("SELECT * FROM ") + spec->name + " WHERE " + spec->key + " = ?1");
    q.bind(1, key_of(*spec, id));
    if (!q.step()) return std::nullopt;
    LocalRecord r = row_record(*spec, q, device);
    if (table == "conversation") add_questions(db_, r);
    return r;
}

Error SyncRepository::apply(const SyncRecord& record) {
    if (Error e = refuse_if_read_only()) return e;
    const Spec* spec = spec_of(record.table);
    if (!spec) return {ErrorKind::Invalid, "Rapport does not sync " + record.table};
    const std::int64_t when = record.stamp.millis ? record.stamp.millis : clock_.now();
    std::vector<core::SyncValue> values;
    const std::string sql = upsert_sql(*spec, record, table_columns(db_, spec->name), values, when);
    Statement upsert = db_.prepare(sql);
    for (size_t i = 0; i < values.size(); ++i)
        upsert.bind(static_cast<int>(i) + 1, values[i]);
    if (!upsert.run()) return upsert.error();

    if (record.table == "conversation")
        if (const auto q = record.fields.find("questions"); q != record.fields.end() && q->second)
            if (Error e = replace_questions(db_, record.id, *q->second)) return e;
    if (record.table == "person") return people_.refresh_links(record.id);
    return {};
}

Error SyncRepository::mark_deleted(const std::string& table, const std::string& id) {
    if (Error e = refuse_if_read_only()) return e;
    const Spec* spec = spec_of(table);
    if (!spec) return {ErrorKind::Invalid, "Rapport does not sync " + table};
    Statement q = db_.prepare(
        spec->soft_delete ? std::string("UPDATE ") + spec->name + " SET deleted_at = ?2 WHERE " +
                                spec->key + " = ?1 AND deleted_at IS NULL"
                          : std::string("DELETE FROM ") + spec->name + " WHERE " + spec->key +
                                " = ?1 AND ?2 IS NOT NULL");
    q.bind(1, key_of(*spec, id)).bind(2, clock_.now());
    if (!q.run()) return q.error();
    return {};
}

} // namespace rapport::store
