#include "store/database.hpp"
#include "store/name_collation.hpp"

#include <sqlite3.h>
#include <utility>

namespace rapport::store {

ErrorKind error_kind_for(int code) {
    switch (code & 0xFF) {
    case SQLITE_OK:
    case SQLITE_ROW:
    case SQLITE_DONE:
        return ErrorKind::None;
    case SQLITE_FULL:
        return ErrorKind::DiskFull;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return ErrorKind::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorKind::Busy;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return ErrorKind::Damaged;
    case SQLITE_CANTOPEN:
        return ErrorKind::CannotOpen;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
    case SQLITE_RANGE:
        return ErrorKind::Invalid;
    default:
        return ErrorKind::Other;
    }
}

// ---- Statement ----

Statement::Statement(Database& db, std::string_view sql) : db_(&db), sql_(sql) {
    stmt_ = db.take_cached(sql_);
    if (stmt_) return;
    const int rc = sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr);
    if (rc != SQLITE_OK) error_ = db.last_error("preparing a query");
}

Statement::~Statement() {
    if (!stmt_) return;
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    db_->give_back(std::move(sql_), stmt_);
}

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_), sql_(std::move(other.sql_)), stmt_(std::exchange(other.stmt_, nullptr)),
      error_(std::move(other.error_)) {}

Statement& Statement::bind(int index, std::string_view text) {
    if (stmt_)
        sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()),
                          SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
    if (stmt_) sqlite3_bind_int64(stmt_, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    if (stmt_) sqlite3_bind_double(stmt_, index, value);
    return *this;
}

Statement& Statement::bind_null(int index) {
    if (stmt_) sqlite3_bind_null(stmt_, index);
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::string>& text) {
    return text ? bind(index, std::string_view(*text)) : bind_null(index);
}

bool Statement::step() {
    if (!stmt_) return false;
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) error_ = db_->last_error("saving or reading");
    return false;
}

bool Statement::run() {
    step();
    reset();
    return !error_;
}

void Statement::reset() {
    if (!stmt_) return;
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::string Statement::text(int column) const {
    const auto* data = sqlite3_column_text(stmt_, column);
    return data ? std::string(reinterpret_cast<const char*>(data),
                              static_cast<size_t>(sqlite3_column_bytes(stmt_, column)))
                : std::string();
}

std::optional<std::string> Statement::optional_text(int column) const {
    if (is_null(column)) return std::nullopt;
    return text(column);
}

std::int64_t Statement::integer(int column) const {
    return sqlite3_column_int64(stmt_, column);
}
double Statement::real(int column) const {
    return sqlite3_column_double(stmt_, column);
}
bool Statement::is_null(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

int Statement::column_count() const {
    return sqlite3_column_count(stmt_);
}

std::string Statement::column_name(int column) const {
    const char* name = sqlite3_column_name(stmt_, column);
    return name ? name : "";
}

Statement::Type Statement::column_type(int column) const {
    switch (sqlite3_column_type(stmt_, column)) {
    case SQLITE_INTEGER:
        return Type::Integer;
    case SQLITE_FLOAT:
        return Type::Real;
    case SQLITE_TEXT:
        return Type::Text;
    case SQLITE_BLOB:
        return Type::Blob;
    default:
        return Type::Null;
    }
}

// ---- Database ----

std::int64_t Database::total_changes() const {
    return sqlite3_total_changes64(db_);
}

std::optional<Database> Database::open(const std::string& path, Mode mode, Error& error) {
    Database db;
    db.path_ = path;
    db.mode_ = mode;
    int flags = (mode == Mode::ReadWrite ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
                                         : SQLITE_OPEN_READONLY) |
                SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    std::string name = path;
    if (mode == Mode::Immutable) {
        flags |= SQLITE_OPEN_URI;
        name = "file:";
        for (char c : path) {
            if (c == '%' || c == '?' || c == '#') {
                char hex[4];
                std::snprintf(hex, sizeof hex, "%%%02X", static_cast<unsigned char>(c));
                name += hex;
            } else {
                name += c;
            }
        }
        name += "?immutable=1";
    }
    const int rc = sqlite3_open_v2(name.c_str(), &db.db_, flags, nullptr);
    if (rc != SQLITE_OK) {
        error = {error_kind_for(rc), "cannot open " + path + ": " +
                                         (db.db_ ? sqlite3_errmsg(db.db_) : sqlite3_errstr(rc))};
        return std::nullopt;
    }
    sqlite3_extended_result_codes(db.db_, 1);
    sqlite3_busy_timeout(db.db_, 2000);
    register_name_collation(db.db_);
    return db;
}

Database::Database(Database&& other) noexcept
    : cache_(std::move(other.cache_)), db_(std::exchange(other.db_, nullptr)),
      path_(std::move(other.path_)), mode_(other.mode_) {
    other.cache_.clear();
}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        close();
        cache_ = std::move(other.cache_);
        other.cache_.clear();
        db_ = std::exchange(other.db_, nullptr);
        path_ = std::move(other.path_);
        mode_ = other.mode_;
    }
    return *this;
}

Database::~Database() {
    close();
}

void Database::close() {
    for (auto& [sql, stmt] : cache_)
        sqlite3_finalize(stmt);
    cache_.clear();
    sqlite3_close_v2(db_);
    db_ = nullptr;
}

sqlite3_stmt* Database::take_cached(const std::string& sql) {
    auto found = cache_.find(sql);
    if (found == cache_.end()) return nullptr;
    sqlite3_stmt* stmt = found->second;
    cache_.erase(found);
    return stmt;
}

void Database::give_back(std::string sql, sqlite3_stmt* stmt) {
    auto [where, inserted] = cache_.emplace(std::move(sql), stmt);
    if (!inserted) sqlite3_finalize(stmt); // another copy is already cached
}

Error Database::exec(std::string_view sql) {
    std::string text(sql);
    if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return last_error("updating the database");
    return {};
}

std::int64_t Database::scalar(std::string_view sql, std::int64_t fallback) {
    Statement statement(*this, sql);
    return statement.step() ? statement.integer(0) : fallback;
}

int Database::changes() {
    return sqlite3_changes(db_);
}

void Database::rollback() {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

Error Database::last_error(std::string_view context) const {
    const int code = sqlite3_extended_errcode(db_);
    Error error{error_kind_for(code), ""};
    if (error.kind == ErrorKind::None) error.kind = ErrorKind::Other;
    switch (error.kind) {
    case ErrorKind::DiskFull:
        error.message = "The disk is full";
        break;
    case ErrorKind::ReadOnly:
        error.message = "The database is read-only";
        break;
    case ErrorKind::Busy:
        error.message = "Another program is using the database";
        break;
    case ErrorKind::Damaged:
        error.message = "The database file is damaged";
        break;
    default:
        error.message = "Database error";
        break;
    }
    error.message +=
        " while " + std::string(context) + " (" + path_ + ": " + sqlite3_errmsg(db_) + ")";
    return error;
}

// ---- Transaction ----

// Inside another transaction this becomes a savepoint, so repository calls
// compose: the outermost commit is the one that reaches the disk.
Transaction::Transaction(Database& db)
    : db_(db), nested_(sqlite3_get_autocommit(db.handle()) == 0) {
    begin_error_ = nested_ ? db.exec("SAVEPOINT nested") : db.begin_immediate();
    done_ = static_cast<bool>(begin_error_);
}

Transaction::~Transaction() {
    if (done_) return;
    if (nested_)
        db_.exec("ROLLBACK TO nested; RELEASE nested");
    else
        db_.rollback();
}

Error Transaction::commit() {
    if (begin_error_) return begin_error_;
    Error error = nested_ ? db_.exec("RELEASE nested") : db_.commit();
    if (!error) done_ = true;
    return error;
}

} // namespace rapport::store
