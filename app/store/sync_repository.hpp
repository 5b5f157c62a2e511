#pragma once
// What sync reads and writes locally: every synced table's rows as plain
// fields (core/sync_record.hpp), the server's copy of each as last merged,
// each collection's sync token, the account and the conflicts. The sync
// engine (app/sync) drives it; one transaction per batch it applies.
#include "core/sync_record.hpp"
#include "store/connection.hpp"
#include "store/people_repository.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rapport::store {

struct SyncAccount {
    std::string address;
    std::string user;
    std::string device; // this database's id in stamps
    std::string contacts_url;
    std::string calendar_url;
    std::string records_url;
    std::optional<std::int64_t> last_synced_at;
    std::string last_summary;
    std::string last_problem;
};

// A record as this device has it.
struct LocalRecord {
    core::SyncRecord record; // stamp: its last change here
    bool deleted = false;
};

// The server's copy as last merged.
struct SyncedItem {
    std::string table;
    std::string id;
    std::string url;
    std::string etag; // "": not on the server (yet, or again)
    std::optional<core::SyncFields> base;
    core::SyncStamp stamp;
    std::string raw;
};

struct StoredConflict {
    std::string table;
    std::string id;
    core::SyncConflict conflict;
    std::int64_t at = 0;
    std::int64_t row = 0; // names it for take_back and dismiss
};

class SyncRepository : public Repository {
  public:
    SyncRepository(Connection& connection, PeopleRepository& people)
        : Repository(connection), people_(people) {}

    // The tables sync carries, parents before the records that point at them.
    static const std::vector<std::string>& tables();

    std::optional<SyncAccount> account();
    // Sets up (or changes) the account; a new device id the first time.
    Error save_account(const std::string& address, const std::string& user);
    Error save_collections(const std::string& contacts, const std::string& calendar,
                           const std::string& records);
    Error save_outcome(std::int64_t at, const std::string& summary, const std::string& problem);
    // Forgets the account and every sync record (the data stays).
    Error forget_account();

    std::string token(const std::string& collection);
    Error save_token(const std::string& collection, const std::string& token);

    // Every record of `table`, deleted ones included.
    std::vector<LocalRecord> records(const std::string& table, const std::string& device);
    // What the server lacks or has older: records new here, never written
    // there, or changed since their last sync, and deleted ones whose item is
    // still there. One pass over the table and its sync items.
    std::vector<LocalRecord> unsynced(const std::string& table, const std::string& device);
    std::optional<LocalRecord> record(const std::string& table, const std::string& id,
                                      const std::string& device);
    // Writes `fields` as the record's (live again if it was deleted), with
    // `stamp` as its time of change.
    Error apply(const core::SyncRecord& record);
    Error mark_deleted(const std::string& table, const std::string& id);

    std::optional<SyncedItem> item(const std::string& table, const std::string& id);
    std::optional<SyncedItem> item_at(const std::string& url);
    std::vector<SyncedItem> items_in(const std::string& collection_url);
    Error save_item(const SyncedItem& item);
    Error drop_item(const std::string& table, const std::string& id);
    // Items missing from a full listing of `collection_url`: `now_missing`
    // are remembered (from `now`, unless already), every other mark there
    // is dropped. Returns those that were missing before this listing too.
    std::vector<std::string> note_missing(const std::string& collection_url,
                                          const std::vector<std::string>& now_missing,
                                          core::Millis now);

    Error add_conflict(const std::string& table, const std::string& id,
                       const core::SyncConflict& conflict);
    std::vector<StoredConflict> conflicts(const std::string& table = {},
                                          const std::string& id = {});
    // Those about one person: their own fields, and those of their notes,
    // conversations, messages and follow-ups (shown on the person's page).
    std::vector<StoredConflict> conflicts_about(const std::string& person_id);
    // The person a conflicted record is about (itself for a person), if any.
    std::optional<std::string> person_of(const StoredConflict& conflict);
    // The person takes the losing value back: it becomes the record's, as
    // an edit made now (so it syncs, and wins), and the conflict is done.
    Error take_back(std::int64_t row);
    // The kept value stays: the conflict is done.
    Error dismiss(std::int64_t row);

    // A setting every device shares through sync ("web_app"), "" when unset.
    std::string shared_setting(const std::string& name);
    // Sets it (a change syncs like any record); the same value changes nothing.
    Error set_shared_setting(const std::string& name, const std::string& value);

    Database& database() { return db_; }

  private:
    PeopleRepository& people_;
};

// Fields as JSON text and back (sync_item.base).
std::string fields_json(const core::SyncFields& fields);
std::optional<core::SyncFields> fields_from_json(const std::string& text);

} // namespace rapport::store
