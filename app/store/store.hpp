#pragma once
// The application's data. Opens the file safely (permissions, WAL, version
// checks, migrations with a snapshot first) and hands out the repositories,
// each owning its tables over the one shared connection. Every write is one
// transaction; failures come back as store::Error values the UI can show,
// and leave the database unchanged.
#include "core/clock.hpp"
#include "store/backup_repository.hpp"
#include "store/calendar_repository.hpp"
#include "store/capture_repository.hpp"
#include "store/career_repository.hpp"
#include "store/connection.hpp"
#include "store/conversation_repository.hpp"
#include "store/dashboard_repository.hpp"
#include "store/database.hpp"
#include "store/end_prompt_repository.hpp"
#include "store/export_repository.hpp"
#include "store/follow_up_repository.hpp"
#include "store/import_repository.hpp"
#include "store/message_repository.hpp"
#include "store/note_repository.hpp"
#include "store/people_repository.hpp"
#include "store/prepare_repository.hpp"
#include "store/search_index.hpp"
#include "store/sync_repository.hpp"

#include <memory>
#include <string>
#include <vector>

namespace rapport::store {

struct Snapshot {
    std::string path;
    std::string day; // YYYY-MM-DD
    long long bytes = 0;
    int before_version = 0; // a copy made before the schema moved to this version; 0: a daily one
};

class Store {
  public:
    // Opens or creates the database at `path` (":memory:" for tests). A
    // damaged file is copied aside and opened read-only; a newer one is refused.
    // `read_only` opens without any write (for a second look at a file the
    // user does not want changed, and for tests of the read-only path).
    static std::unique_ptr<Store> open(const std::string& path, const core::Clock& clock,
                                       Error& error, bool read_only = false);
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    int schema_version();
    const std::string& path() const { return connection_.database().path(); }
    const core::Clock& clock() const { return connection_.clock(); }
    Database& database() { return connection_.database(); }
    bool read_only() const { return connection_.read_only(); }
    // A write refused, with the reason, on a read-only database; else none.
    Error refuse_if_read_only() const { return connection_.refuse_if_read_only(); }
    // Why the store is read-only, if it is ("damaged: copied to …").
    const std::string& read_only_reason() const { return connection_.read_only_reason(); }

    // ---- the repositories ----
    PeopleRepository& people() { return people_; }
    FollowUpRepository& follow_ups() { return follow_ups_; }
    MessageRepository& messages() { return messages_; }
    ConversationRepository& conversations() { return conversations_; }
    EndPromptRepository& end_prompts() { return end_prompts_; }
    CalendarRepository& calendars() { return calendars_; }
    NoteRepository& notes() { return notes_; }
    CaptureRepository& captures() { return captures_; }
    DashboardRepository& dashboard() { return dashboard_; }
    PrepareRepository& prepare() { return prepare_; }
    CareerRepository& careers() { return careers_; }
    ImportRepository& imports() { return imports_; }
    ExportRepository& exports() { return exports_; }
    BackupRepository& backups() { return backups_; }
    SearchIndex& search() { return search_; }
    SyncRepository& sync() { return sync_; }

    // ---- safety: the file as a whole ----
    Error snapshot_to(const std::string& destination);
    // Once per local day: a copy in `folder`, keeping the newest `keep`.
    Error daily_snapshot(const std::string& folder, int keep = 7);
    std::vector<Snapshot> snapshots(const std::string& folder);
    // The copies made before an update changed the file's schema
    // (rapport.db.before-v6.bak beside it), newest first, dated by when
    // they were written.
    std::vector<Snapshot> update_copies();
    // Replaces the database's contents with the snapshot's (a copy of the
    // current contents is taken first, next to the database).
    Error restore_snapshot(const std::string& snapshot_path);
    // PRAGMA quick_check; on damage, copies the file aside and turns read-only.
    Error quick_check();
    // What quick_check does on damage, for a check that ran elsewhere.
    Error mark_damaged(const std::string& detail);

  private:
    Store(Database db, const core::Clock& clock);

    // Declared in the order they are built: each after those it uses.
    Connection connection_;
    PeopleRepository people_;
    FollowUpRepository follow_ups_;
    MessageRepository messages_;
    ConversationRepository conversations_;
    EndPromptRepository end_prompts_;
    CalendarRepository calendars_;
    NoteRepository notes_;
    CaptureRepository captures_;
    DashboardRepository dashboard_;
    PrepareRepository prepare_;
    CareerRepository careers_;
    ImportRepository imports_;
    ExportRepository exports_;
    BackupRepository backups_;
    SearchIndex search_;
    SyncRepository sync_;
};

} // namespace rapport::store
