#include "store/store.hpp"

#include "core/calendar.hpp"
#include "store/migrations.hpp"
#include "store/row_codec.hpp"
#include "store/uuid.hpp"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rapport::store {
namespace {

namespace fs = std::filesystem;

// Creates the file ourselves so it is 0600 from its first byte; SQLite gives
// its -wal and -shm files the same mode.
Error create_private_file(const std::string& path) {
    if (path == ":memory:" || path.empty()) return {};
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
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

// Copies a damaged database (and its journal) aside so nothing we do later
// can make it worse. Returns the copy's path, or empty.
std::string copy_aside(const std::string& path, core::Millis now) {
    const std::string target = path + ".damaged-" + std::to_string(now / 1000);
    std::error_code error;
    fs::copy_file(path, target, fs::copy_options::overwrite_existing, error);
    if (error) return {};
    for (const char* suffix : {"-wal", "-shm"})
        if (file_exists(path + suffix))
            fs::copy_file(path + suffix, target + suffix, fs::copy_options::overwrite_existing,
                          error);
    ::chmod(target.c_str(), 0600);
    return target;
}

} // namespace

Store::Store(Database db, const core::Clock& clock)
    : connection_(std::move(db), clock), people_(connection_), follow_ups_(connection_, people_),
      messages_(connection_, people_, follow_ups_),
      conversations_(connection_, people_, follow_ups_), end_prompts_(connection_),
      calendars_(connection_), notes_(connection_), captures_(connection_, people_),
      dashboard_(connection_), prepare_(connection_), careers_(connection_),
      imports_(connection_, people_, notes_), exports_(connection_, people_, conversations_),
      backups_(connection_), search_(connection_), sync_(connection_, people_) {}

std::unique_ptr<Store> Store::open(const std::string& path, const core::Clock& clock, Error& error,
                                   bool read_only) {
    const bool in_memory = path == ":memory:";
    if (!in_memory && !file_exists(path)) {
        if (read_only) {
            error = {ErrorKind::CannotOpen, path + " does not exist"};
            return nullptr;
        }
        if ((error = create_private_file(path))) return nullptr;
    }
    std::optional<Database> db = Database::open(
        path, read_only ? Database::Mode::ReadOnly : Database::Mode::ReadWrite, error);
    if (!db) return nullptr;

    // Reading the version is the first touch of the file: a non-database
    // fails here, before anything is written.
    auto read_version = [](Database& d, int& v) -> Error {
        Statement q = d.prepare("PRAGMA user_version");
        if (!q.step()) return q.error() ? q.error() : d.last_error("opening");
        v = static_cast<int>(q.integer(0));
        return {};
    };
    int version = 0;
    bool immutable = false;
    error = read_version(*db, version);
    if (error.kind == ErrorKind::ReadOnly && !in_memory) {
        // A WAL database in a folder we cannot write: read it as it is.
        Error reopen_error;
        if (auto frozen = Database::open(path, Database::Mode::Immutable, reopen_error))
            if (!read_version(*frozen, version)) {
                db = std::move(frozen);
                immutable = true;
                error = {};
            }
    }
    if (error) {
        if (error.kind == ErrorKind::Damaged && !in_memory) {
            const std::string copy = copy_aside(path, clock.now());
            error.message = path + " is damaged and cannot be read" +
                            (copy.empty() ? "" : "; a copy was kept at " + copy) +
                            ". Restore a snapshot from Settings, or open another file.";
        }
        return nullptr;
    }
    if (version > latest_schema_version()) {
        error = {ErrorKind::TooNew, path + " was written by a newer Rapport (schema " +
                                        std::to_string(version) + ", this build knows up to " +
                                        std::to_string(latest_schema_version()) +
                                        "); update Rapport to open it. The file was not changed."};
        return nullptr;
    }
    const bool file_read_only =
        read_only || immutable || (!in_memory && sqlite3_db_readonly(db->handle(), "main") == 1);
    std::unique_ptr<Store> store(new Store(std::move(*db), clock));
    if (file_read_only) {
        if (version < latest_schema_version()) {
            error = {ErrorKind::ReadOnly, path + " is read-only and needs an upgrade Rapport "
                                                 "cannot write; make it writable and reopen."};
            return nullptr;
        }
        store->connection_.refuse_writes(path +
                                         (read_only ? " was opened read-only" : " is read-only") +
                                         ": you can read everything, but changes cannot be saved.");
        store->database().exec("PRAGMA foreign_keys = ON; PRAGMA query_only = ON;");
        return store;
    }
    // Setting up writes; another program's lock outlasting the busy wait is
    // worth a plain explanation rather than SQLite's words.
    auto failed = [&](Error e) -> std::unique_ptr<Store> {
        if (e.kind == ErrorKind::Busy)
            e.message = path + " is in use by another program, which kept it locked for over " +
                        "2 seconds; close that program and start Rapport again. Nothing was "
                        "changed.";
        error = std::move(e);
        return nullptr;
    };
    if (Error e = store->database().exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                                         "PRAGMA foreign_keys = ON;"))
        return failed(std::move(e));
    if (version < latest_schema_version()) {
        // A database with data gets a snapshot before its schema changes.
        if (version > 0 && !in_memory) {
            const std::string snapshot =
                path + ".before-v" + std::to_string(latest_schema_version()) + ".bak";
            if (Error e = store->snapshot_to(snapshot)) return failed(std::move(e));
        }
        if (Error e = migrate(store->database(), version)) return failed(std::move(e));
    }
    if (Error e = store->prepare_.seed_questions()) return failed(std::move(e));
    return store;
}

int Store::schema_version() {
    return connection_.schema_version();
}

// ---- safety ----

Error Store::snapshot_to(const std::string& destination) {
    if (Error error = create_private_file(destination)) return error;
    sqlite3* target = nullptr;
    if (sqlite3_open(destination.c_str(), &target) != SQLITE_OK) {
        Error error{ErrorKind::CannotOpen, "cannot write snapshot " + destination};
        sqlite3_close(target);
        return error;
    }
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", database().handle(), "main");
    int rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(target);
    if (backup) sqlite3_backup_finish(backup);
    Error error;
    if (rc != SQLITE_DONE)
        error = {error_kind_for(rc),
                 "cannot write snapshot " + destination + ": " + sqlite3_errmsg(target)};
    sqlite3_close(target);
    return error;
}

std::vector<Snapshot> Store::snapshots(const std::string& folder) {
    std::vector<Snapshot> found;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        const std::string name = entry.path().filename().string();
        // rapport-YYYY-MM-DD.db
        if (name.size() != 21 || name.rfind("rapport-", 0) != 0 || name.substr(18) != ".db")
            continue;
        found.push_back({entry.path().string(), name.substr(8, 10),
                         static_cast<long long>(entry.file_size(error)), 0});
    }
    std::sort(found.begin(), found.end(),
              [](const Snapshot& a, const Snapshot& b) { return a.day > b.day; });
    return found;
}

std::vector<Snapshot> Store::update_copies() {
    std::vector<Snapshot> found;
    if (path() == ":memory:") return found;
    const fs::path database(path());
    const std::string prefix = database.filename().string() + ".before-v";
    std::error_code error;
    const fs::path folder = database.has_parent_path() ? database.parent_path() : fs::path(".");
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind(prefix, 0) != 0 || name.size() <= prefix.size() + 4 ||
            name.substr(name.size() - 4) != ".bak")
            continue;
        const std::string number = name.substr(prefix.size(), name.size() - 4 - prefix.size());
        if (number.empty() || number.find_first_not_of("0123456789") != std::string::npos ||
            number.size() > 4)
            continue;
        // stat's time rather than file_clock::to_sys, which the web build's libc++ lacks.
        struct stat written {};
        if (::stat(entry.path().c_str(), &written) != 0) continue;
        const long long millis = static_cast<long long>(written.st_mtime) * 1000;
        found.push_back({entry.path().string(),
                         iso_date(millis, clock().utc_offset_minutes(millis)),
                         static_cast<long long>(entry.file_size(error)), std::stoi(number)});
    }
    std::sort(found.begin(), found.end(), [](const Snapshot& a, const Snapshot& b) {
        return a.before_version > b.before_version;
    });
    return found;
}

Error Store::daily_snapshot(const std::string& folder, int keep) {
    std::error_code fs_error;
    fs::create_directories(folder, fs_error);
    ::chmod(folder.c_str(), 0700);
    const core::Millis now = clock().now();
    const std::string day = iso_date(now, clock().utc_offset_minutes(now));
    const std::string path = folder + "/rapport-" + day + ".db";
    if (!file_exists(path)) {
        const std::string partial = path + ".partial";
        if (Error error = snapshot_to(partial)) {
            std::remove(partial.c_str());
            return error;
        }
        std::rename(partial.c_str(), path.c_str()); // a snapshot is whole or absent
    }
    std::vector<Snapshot> all = snapshots(folder);
    for (size_t i = static_cast<size_t>(std::max(keep, 1)); i < all.size(); ++i)
        std::remove(all[i].path.c_str());
    return {};
}

Error Store::restore_snapshot(const std::string& snapshot_path) {
    if (Error e = connection_.refuse_if_read_only()) return e;
    sqlite3* source = nullptr;
    if (sqlite3_open_v2(snapshot_path.c_str(), &source, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(source);
        return {ErrorKind::CannotOpen, "cannot open snapshot " + snapshot_path};
    }
    // Keep what is there now, in case the restore was a mistake.
    if (path() != ":memory:")
        if (Error error = snapshot_to(path() + ".before-restore.bak")) {
            sqlite3_close(source);
            return error;
        }
    sqlite3_backup* backup = sqlite3_backup_init(database().handle(), "main", source, "main");
    const int rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(database().handle());
    if (backup) sqlite3_backup_finish(backup);
    sqlite3_close(source);
    if (rc != SQLITE_DONE) return database().last_error("restoring a snapshot");
    return {};
}

Error Store::quick_check() {
    Statement check = database().prepare("PRAGMA quick_check");
    std::string result = check.step() ? check.text(0) : std::string("unreadable");
    if (check.error() && check.error().kind != ErrorKind::Damaged) return check.error();
    if (result == "ok") return {};
    return mark_damaged(result);
}

Error Store::mark_damaged(const std::string& result) {
    const std::string copy = path() == ":memory:" ? "" : copy_aside(path(), clock().now());
    connection_.refuse_writes(path() + " is damaged (" + result + "); it is open read-only" +
                              (copy.empty() ? "" : " and a copy was kept at " + copy) +
                              ". Restore a snapshot from Settings.");
    database().exec("PRAGMA query_only = ON");
    return {ErrorKind::Damaged, read_only_reason()};
}

} // namespace rapport::store
