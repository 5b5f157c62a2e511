#include "store/migrations.hpp"

#include <array>
#include <string>

namespace rapport::store {
namespace {

// Never edit a step that has shipped: add a new one.
constexpr std::array<const char*, 1> kMigrations = {
    // 1: capture drafts and inbox notes, the minimum that loses nothing.
    R"sql(
    CREATE TABLE capture_draft (
        id          TEXT PRIMARY KEY,
        person_id   TEXT,
        body        TEXT NOT NULL DEFAULT '',
        cursor      INTEGER NOT NULL DEFAULT 0,
        updated_at  INTEGER NOT NULL
    );
    CREATE TABLE note (
        id          TEXT PRIMARY KEY,
        person_id   TEXT,
        conversation_id TEXT,
        body        TEXT NOT NULL,
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL,
        deleted_at  INTEGER
    );
    CREATE INDEX note_by_person ON note(person_id, created_at) WHERE deleted_at IS NULL;
    )sql",
};

} // namespace

int latest_schema_version() {
    return static_cast<int>(kMigrations.size());
}

const char* migration_sql(int version) {
    return version >= 1 && version <= latest_schema_version()
               ? kMigrations[static_cast<size_t>(version - 1)]
               : "";
}

Error migrate(Database& db, int from_version) {
    for (int version = from_version + 1; version <= latest_schema_version(); ++version) {
        Transaction transaction(db);
        if (transaction.begin_error()) return transaction.begin_error();
        if (Error error = db.exec(migration_sql(version))) return error;
        if (Error error = db.exec("PRAGMA user_version = " + std::to_string(version))) return error;
        if (Error error = transaction.commit()) return error;
    }
    return {};
}

} // namespace rapport::store
