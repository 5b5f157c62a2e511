#pragma once
// A thin RAII layer over sqlite3: a connection, prepared statements with
// typed binds, and transactions. Errors surface as store::Error values.
#include "store/errors.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace rapport::store {

class Database;

class Statement {
  public:
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;

    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const std::string& text) {
        return bind(index, std::string_view(text));
    }
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind_null(int index);
    Statement& bind(int index, const std::optional<std::string>& text);

    // Advances; true while a row is available. Errors are kept in error().
    bool step();
    // Steps to completion and resets, for statements without rows.
    bool run();
    void reset();

    std::string text(int column) const;
    std::optional<std::string> optional_text(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    bool is_null(int column) const;
    // For code that copies whole rows (the JSON backup).
    enum class Type { Integer, Real, Text, Blob, Null };
    int column_count() const;
    std::string column_name(int column) const;
    Type column_type(int column) const;

    const Error& error() const { return error_; }

  private:
    Database* db_;
    std::string sql_;
    sqlite3_stmt* stmt_ = nullptr;
    Error error_;
};

class Database {
  public:
    // Immutable: read-only without locks or WAL files, for a file in a
    // folder we cannot write (a WAL database could not be read otherwise).
    enum class Mode { ReadWrite, ReadOnly, Immutable };
    // Opens (creating in ReadWrite mode) the file; ":memory:" for tests.
    static std::optional<Database> open(const std::string& path, Mode mode, Error& error);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Runs one or more statements without results.
    Error exec(std::string_view sql);
    Statement prepare(std::string_view sql) { return Statement(*this, sql); }
    std::int64_t scalar(std::string_view sql, std::int64_t fallback = 0);
    // Rows changed through this connection since it opened: grows with
    // every write (the web build syncs the file to the browser when it does).
    std::int64_t total_changes() const;
    // Rows changed by the last statement.
    int changes();

    Error begin_immediate() { return exec("BEGIN IMMEDIATE"); }
    Error commit() { return exec("COMMIT"); }
    void rollback();

    Error last_error(std::string_view context) const;
    sqlite3* handle() { return db_; }
    const std::string& path() const { return path_; }
    bool read_only() const { return mode_ == Mode::ReadOnly; }

  private:
    friend class Statement;
    Database() = default;
    void close();
    // Prepared statements are kept and reused: preparing costs more than
    // running most of our queries. A statement in use is taken out of the
    // cache, so two live Statements never share one.
    sqlite3_stmt* take_cached(const std::string& sql);
    void give_back(std::string sql, sqlite3_stmt* stmt);
    std::unordered_map<std::string, sqlite3_stmt*> cache_;
    sqlite3* db_ = nullptr;
    std::string path_;
    Mode mode_ = Mode::ReadWrite;
};

// All or nothing: rolls back unless commit() succeeded.
class Transaction {
  public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    const Error& begin_error() const { return begin_error_; }
    Error commit();

  private:
    Database& db_;
    bool nested_ = false;
    Error begin_error_;
    bool done_ = false;
};

// For one large transaction (an import, a restore): room for its pages in
// memory (64 MB) keeps SQLite from spilling them to the WAL and reading them
// back; SQLite's default (2 MB) again afterwards.
class LargeCache {
  public:
    explicit LargeCache(Database& db) : db_(db) { db_.exec("PRAGMA cache_size = -65536"); }
    ~LargeCache() { db_.exec("PRAGMA cache_size = -2000"); }
    LargeCache(const LargeCache&) = delete;
    LargeCache& operator=(const LargeCache&) = delete;

  private:
    Database& db_;
};

} // namespace rapport::store
