// SyncRepository's other half: what the server holds of each record (its
// item: URL and ETag), the conflicts kept for the person to see, and the
// settings every device shares. The records themselves: sync_repository.cpp.
#include "store/sync_repository.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string_view>

namespace rapport::store {

namespace {

SyncedItem item_row(const Statement& q) {
    SyncedItem item;
    item.table = q.text(0);
    item.id = q.text(1);
    item.url = q.text(2);
    item.etag = q.text(3);
    if (!q.is_null(4)) item.base = fields_from_json(q.text(4));
    if (auto s = core::parse_stamp(q.text(5))) item.stamp = *s;
    item.raw = q.text(6);
    return item;
}

constexpr const char* kItemColumns = "SELECT tbl, record_id, url, etag, base, stamp, raw FROM "
                                     "sync_item ";

} // namespace

std::optional<SyncedItem> SyncRepository::item(const std::string& table, const std::string& id) {
    Statement q = db_.prepare(std::string(kItemColumns) + "WHERE tbl = ?1 AND record_id = ?2");
    q.bind(1, table).bind(2, id);
    if (!q.step()) return std::nullopt;
    return item_row(q);
}

std::optional<SyncedItem> SyncRepository::item_at(const std::string& url) {
    Statement q = db_.prepare(std::string(kItemColumns) + "WHERE url = ?1");
    q.bind(1, url);
    if (!q.step()) return std::nullopt;
    return item_row(q);
}

std::vector<SyncedItem> SyncRepository::items_in(const std::string& collection_url) {
    std::vector<SyncedItem> out;
    Statement q = db_.prepare(std::string(kItemColumns) + "WHERE substr(url, 1, ?2) = ?1");
    q.bind(1, collection_url).bind(2, static_cast<std::int64_t>(collection_url.size()));
    while (q.step())
        out.push_back(item_row(q));
    return out;
}

std::vector<std::string> SyncRepository::note_missing(const std::string& collection_url,
                                                      const std::vector<std::string>& now_missing,
                                                      core::Millis now) {
    std::vector<std::string> before;
    Statement known = db_.prepare("SELECT url FROM sync_missing WHERE substr(url, 1, ?2) = ?1");
    known.bind(1, collection_url).bind(2, static_cast<std::int64_t>(collection_url.size()));
    std::vector<std::string> marked;
    while (known.step())
        marked.push_back(known.text(0));
    for (const std::string& url : marked) {
        if (std::find(now_missing.begin(), now_missing.end(), url) != now_missing.end()) {
            before.push_back(url);
            continue;
        }
        Statement drop = db_.prepare("DELETE FROM sync_missing WHERE url = ?1");
        drop.bind(1, url).run();
    }
    for (const std::string& url : now_missing) {
        Statement mark = db_.prepare(
            "INSERT INTO sync_missing(url, since) VALUES (?1, ?2) ON CONFLICT DO NOTHING");
        mark.bind(1, url).bind(2, now).run();
    }
    return before;
}

Error SyncRepository::save_item(const SyncedItem& item) {
    Statement q = db_.prepare(
        "INSERT INTO sync_item(tbl, record_id, url, etag, base, stamp, raw) VALUES (?1, ?2, ?3, "
        "?4, ?5, ?6, ?7) ON CONFLICT(tbl, record_id) DO UPDATE SET url = excluded.url, etag = "
        "excluded.etag, base = excluded.base, stamp = excluded.stamp, raw = excluded.raw");
    q.bind(1, item.table).bind(2, item.id).bind(3, item.url).bind(4, item.etag);
    if (item.base)
        q.bind(5, fields_json(*item.base));
    else
        q.bind_null(5);
    q.bind(6, core::stamp_text(item.stamp)).bind(7, item.raw);
    if (!q.run()) return q.error();
    return {};
}

Error SyncRepository::drop_item(const std::string& table, const std::string& id) {
    Statement q = db_.prepare("DELETE FROM sync_item WHERE tbl = ?1 AND record_id = ?2");
    q.bind(1, table).bind(2, id);
    if (!q.run()) return q.error();
    return {};
}

Error SyncRepository::add_conflict(const std::string& table, const std::string& id,
                                   const core::SyncConflict& c) {
    Statement q = db_.prepare("INSERT INTO sync_conflict(tbl, record_id, field, kept, lost, "
                              "local_lost, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    q.bind(1, table).bind(2, id).bind(3, c.field).bind(4, c.kept).bind(5, c.lost);
    q.bind(6, c.local_lost ? 1 : 0).bind(7, clock_.now());
    if (!q.run()) return q.error();
    return {};
}

namespace {

constexpr const char* kConflictColumns =
    "SELECT tbl, record_id, field, kept, lost, local_lost, at, id FROM sync_conflict ";

// The records that point at a person, whose conflicts show on their page.
constexpr const char* kAboutPerson[] = {"note", "conversation", "message", "follow_up"};

std::vector<StoredConflict> read_conflicts(Statement& q) {
    std::vector<StoredConflict> out;
    while (q.step())
        out.push_back({q.text(0),
                       q.text(1),
                       {q.text(2), q.optional_text(3), q.optional_text(4), q.integer(5) != 0},
                       q.integer(6),
                       q.integer(7)});
    return out;
}

} // namespace

std::vector<StoredConflict> SyncRepository::conflicts(const std::string& table,
                                                      const std::string& id) {
    Statement q = db_.prepare(std::string(kConflictColumns) +
                              "WHERE (?1 = '' OR tbl = ?1) AND (?2 = '' OR record_id = ?2) "
                              "ORDER BY at DESC, id DESC");
    q.bind(1, table).bind(2, id);
    return read_conflicts(q);
}

std::vector<StoredConflict> SyncRepository::conflicts_about(const std::string& person_id) {
    std::string where = "WHERE (tbl = 'person' AND record_id = ?1)";
    for (const char* table : kAboutPerson)
        where += std::string(" OR (tbl = '") + table + "' AND record_id IN (SELECT id FROM " +
                 table + " WHERE person_id = ?1))";
    Statement q = db_.prepare(std::string(kConflictColumns) + where + " ORDER BY at DESC, id DESC");
    q.bind(1, person_id);
    return read_conflicts(q);
}

std::optional<std::string> SyncRepository::person_of(const StoredConflict& conflict) {
    if (conflict.table == "person") return conflict.id;
    for (const char* table : kAboutPerson)
        if (conflict.table == table) {
            Statement q = db_.prepare(std::string("SELECT person_id FROM ") + table +
                                      " WHERE id = ?1 AND person_id IS NOT NULL");
            q.bind(1, conflict.id);
            if (q.step()) return q.text(0);
        }
    return std::nullopt;
}

std::string SyncRepository::shared_setting(const std::string& name) {
    Statement q = db_.prepare("SELECT value FROM shared_setting WHERE name = ?1");
    q.bind(1, name);
    return q.step() ? q.text(0) : std::string();
}

Error SyncRepository::set_shared_setting(const std::string& name, const std::string& value) {
    if (Error e = refuse_if_read_only()) return e;
    Statement upsert = db_.prepare(
        "INSERT INTO shared_setting(name, value, updated_at) VALUES (?1, ?2, ?3) "
        "ON CONFLICT(name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at "
        "WHERE shared_setting.value <> excluded.value");
    upsert.bind(1, name).bind(2, value).bind(3, clock_.now());
    upsert.run();
    return upsert.error();
}

Error SyncRepository::take_back(std::int64_t row) {
    if (Error e = refuse_if_read_only()) return e;
    Transaction transaction(db_);
    if (transaction.begin_error()) return transaction.begin_error();
    Statement q =
        db_.prepare("SELECT tbl, record_id, field, lost FROM sync_conflict WHERE id = ?1");
    q.bind(1, row);
    if (!q.step()) return {ErrorKind::Invalid, "That change is no longer listed"};
    const std::string table = q.text(0), id = q.text(1), field = q.text(2);
    const core::SyncValue lost = q.optional_text(3);
    const auto synced = account();
    const std::string device = synced ? synced->device : std::string("here");
    auto local = record(table, id, device);
    if (!local || local->deleted)
        return {ErrorKind::Invalid, "That record has been deleted since; nothing to take back"};
    local->record.fields[field] = lost;
    local->record.stamp = {clock_.now(), device};
    if (Error e = apply(local->record)) return e;
    if (Error e = dismiss(row)) return e;
    return transaction.commit();
}

Error SyncRepository::dismiss(std::int64_t row) {
    if (Error e = refuse_if_read_only()) return e;
    Statement q = db_.prepare("DELETE FROM sync_conflict WHERE id = ?1");
    q.bind(1, row);
    if (!q.run()) return q.error();
    return {};
}

} // namespace rapport::store
