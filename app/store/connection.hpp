#pragma once
// One open database that every repository shares: the connection, the clock
// that stamps records, and whether writes are refused (and why). Each
// repository owns its tables and reaches the others' through their
// repositories, never through their rows' SQL.
#include "core/clock.hpp"
#include "store/database.hpp"

#include <initializer_list>
#include <optional>
#include <string>
#include <utility>

namespace rapport::store {

template <class R> class Table;

class Connection {
  public:
    Connection(Database db, const core::Clock& clock) : db_(std::move(db)), clock_(clock) {}
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    Database& database() { return db_; }
    const Database& database() const { return db_; }
    const core::Clock& clock() const { return clock_; }
    // The schema the file is at (PRAGMA user_version).
    int schema_version() { return static_cast<int>(db_.scalar("PRAGMA user_version")); }
    bool read_only() const { return read_only_; }
    const std::string& read_only_reason() const { return read_only_reason_; }
    // From now on every write is refused with `reason`.
    void refuse_writes(std::string reason) {
        read_only_ = true;
        read_only_reason_ = std::move(reason);
    }
    Error refuse_if_read_only() const {
        if (read_only_) return {ErrorKind::ReadOnly, read_only_reason_};
        return {};
    }

  private:
    Database db_;
    const core::Clock& clock_;
    bool read_only_ = false;
    std::string read_only_reason_;
};

// What every repository has: the shared connection, and the save ritual.
class Repository {
  public:
    Repository(const Repository&) = delete;
    Repository& operator=(const Repository&) = delete;

  protected:
    explicit Repository(Connection& connection)
        : connection_(connection), db_(connection.database()), clock_(connection.clock()) {}
    ~Repository() = default;

    Error refuse_if_read_only() const { return connection_.refuse_if_read_only(); }
    // The save ritual every record shares (defined in save_ritual.hpp).
    template <class R, class After>
    Error save_record(const Table<R>& table, R& record, const std::string& problem, After&& after,
                      std::initializer_list<std::optional<std::string>> computed = {});

    Connection& connection_;
    Database& db_;
    const core::Clock& clock_;
};

} // namespace rapport::store
