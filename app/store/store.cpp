#include "store/store.hpp"

#include "store/migrations.hpp"
#include "store/uuid.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rapport::store {
namespace {

constexpr const char* kDraftId = "capture";

// Creates the file ourselves so it is 0600 from its first byte; SQLite gives
// its -wal and -shm files the same mode.
Error create_private_file(const std::string& path) {
    if (path == ":memory:" || path.empty()) return {};
    int fd = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        const ErrorKind kind =
            (errno == EACCES || errno == EROFS) ? ErrorKind::ReadOnly : ErrorKind::CannotOpen;
        return {kind, "cannot create " + path + ": " + std::strerror(errno)};
    }
    close(fd);
    return {};
}

bool file_exists(const std::string& path) {
    struct stat info {};
    return stat(path.c_str(), &info) == 0;
}

} // namespace

std::unique_ptr<Store> Store::open(const std::string& path, const core::Clock& clock,
                                   Error& error) {
    const bool existed = path == ":memory:" || file_exists(path);
    if (!existed)
        if ((error = create_private_file(path))) return nullptr;
    std::optional<Database> db = Database::open(path, Database::Mode::ReadWrite, error);
    if (!db) return nullptr;

    // Reading the version is the first touch of the file: a non-database
    // fails here, before anything is written.
    Statement version_query = db->prepare("PRAGMA user_version");
    if (!version_query.step()) {
        error = version_query.error() ? version_query.error() : db->last_error("opening");
        return nullptr;
    }
    const int version = static_cast<int>(version_query.integer(0));
    version_query.reset();
    if (version > latest_schema_version()) {
        error = {ErrorKind::TooNew, path + " was written by a newer Rapport (schema " +
                                        std::to_string(version) + ", this build knows up to " +
                                        std::to_string(latest_schema_version()) +
                                        "); update Rapport to open it. The file was not changed."};
        return nullptr;
    }
    if ((error = db->exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                          "PRAGMA foreign_keys = ON;")))
        return nullptr;

    std::unique_ptr<Store> store(new Store(std::move(*db), clock));
    if (version < latest_schema_version()) {
        // A database with data gets a snapshot before its schema changes.
        if (version > 0 && path != ":memory:") {
            const std::string snapshot =
                path + ".before-v" + std::to_string(latest_schema_version()) + ".bak";
            if ((error = store->snapshot_to(snapshot))) return nullptr;
        }
        if ((error = migrate(store->db_, version))) return nullptr;
    }
    return store;
}

int Store::schema_version() {
    return static_cast<int>(db_.scalar("PRAGMA user_version"));
}

std::optional<CaptureDraft> Store::capture_draft() {
    Statement query =
        db_.prepare("SELECT body, cursor, updated_at FROM capture_draft WHERE id = ?1");
    query.bind(1, std::string_view(kDraftId));
    if (!query.step()) return std::nullopt;
    return CaptureDraft{query.text(0), static_cast<int>(query.integer(1)), query.integer(2)};
}

Error Store::save_capture_draft(const CaptureDraft& draft) {
    Statement upsert = db_.prepare(
        "INSERT INTO capture_draft(id, body, cursor, updated_at) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT(id) DO UPDATE SET body = excluded.body, cursor = excluded.cursor, "
        "updated_at = excluded.updated_at");
    upsert.bind(1, std::string_view(kDraftId))
        .bind(2, std::string_view(draft.body))
        .bind(3, draft.cursor)
        .bind(4, clock_.now());
    upsert.run();
    return upsert.error();
}

Error Store::finish_capture() {
    std::optional<CaptureDraft> draft = capture_draft();
    if (!draft) return {};
    Transaction transaction(db_);
    if (transaction.begin_error()) return transaction.begin_error();
    if (draft->body.find_first_not_of(" \t\r\n") != std::string::npos) {
        const core::Millis now = clock_.now();
        Statement insert = db_.prepare(
            "INSERT INTO note(id, body, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)");
        insert.bind(1, std::string_view(new_uuid()))
            .bind(2, std::string_view(draft->body))
            .bind(3, now);
        if (!insert.run()) return insert.error();
    }
    Statement clear = db_.prepare("DELETE FROM capture_draft WHERE id = ?1");
    clear.bind(1, std::string_view(kDraftId));
    if (!clear.run()) return clear.error();
    return transaction.commit();
}

std::int64_t Store::count_notes() {
    return db_.scalar("SELECT count(*) FROM note WHERE deleted_at IS NULL");
}

std::int64_t Store::count_people() {
    return 0; // the people table arrives with the domain schema
}

Error Store::snapshot_to(const std::string& destination) {
    if (Error error = create_private_file(destination)) return error;
    sqlite3* target = nullptr;
    if (sqlite3_open(destination.c_str(), &target) != SQLITE_OK) {
        Error error{ErrorKind::CannotOpen, "cannot write snapshot " + destination};
        sqlite3_close(target);
        return error;
    }
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", db_.handle(), "main");
    int rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(target);
    if (backup) sqlite3_backup_finish(backup);
    Error error;
    if (rc != SQLITE_DONE)
        error = {error_kind_for(rc),
                 "cannot write snapshot " + destination + ": " + sqlite3_errmsg(target)};
    sqlite3_close(target);
    return error;
}

} // namespace rapport::store
