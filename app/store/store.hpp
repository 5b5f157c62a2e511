#pragma once
// The application's data: opens the file safely (permissions, WAL, version
// checks, migrations with a snapshot first) and offers what screens need.
#include "core/clock.hpp"
#include "store/database.hpp"

#include <memory>
#include <optional>
#include <string>

namespace rapport::store {

struct CaptureDraft {
    std::string body;
    int cursor = 0;
    core::Millis updated_at = 0;
};

class Store {
  public:
    // Opens or creates the database at `path` (":memory:" for tests).
    static std::unique_ptr<Store> open(const std::string& path, const core::Clock& clock,
                                       Error& error);

    int schema_version();
    const std::string& path() const { return db_.path(); }
    Database& database() { return db_; }

    // The capture box's text, written as the user types.
    std::optional<CaptureDraft> capture_draft();
    Error save_capture_draft(const CaptureDraft& draft);
    // Turns the draft into an inbox note and clears it; an empty draft is dropped.
    Error finish_capture();

    std::int64_t count_notes();
    std::int64_t count_people();

    // Writes a consistent copy of the database to `destination` (backup API).
    Error snapshot_to(const std::string& destination);

  private:
    Store(Database db, const core::Clock& clock) : db_(std::move(db)), clock_(clock) {}
    Database db_;
    const core::Clock& clock_;
};

} // namespace rapport::store
