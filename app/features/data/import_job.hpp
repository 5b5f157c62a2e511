#pragma once
// An import running beside the UI: reading and matching a file, then
// applying it, on a worker thread with its own database connection so a
// 50,000-row file never freezes a frame. The UI polls it once a frame.
// (An in-memory database, as in tests, has no second connection: the work
// runs on the calling thread instead.)
#include "services/import_file.hpp"
#include "services/thread_worker.hpp"
#include "store/store.hpp"

#include <atomic>
#include <memory>
#include <string>

namespace rapport::ui {

class ImportJob {
  public:
    enum class State {
        Idle,
        Reading,   // reading, parsing and matching the file
        Previewed, // the plan (or the backup) waits for the user's go-ahead
        Applying,
        Done,
        Failed, // `error` says why; nothing was imported
    };

    ImportJob() = default;
    ~ImportJob();
    ImportJob(const ImportJob&) = delete;
    ImportJob& operator=(const ImportJob&) = delete;

    // Without threads (the browser) the work runs on the calling thread.
    void set_threads(bool allowed) { threads_ = allowed; }
    void preview(const std::string& file, store::Store& store);
    void apply(store::Store& store);
    void cancel();
    void reset();
    // Blocks until the worker is idle (a launch straight into a preview).
    void wait();

    State state() const { return state_.load(std::memory_order_acquire); }
    bool busy() const { return state() == State::Reading || state() == State::Applying; }
    const std::string& file() const { return file_; }
    const std::string& error() const { return error_; }
    // After a preview: the plan for contacts, or a backup to restore.
    store::ImportPlan& plan() { return preview_.plan; }
    const store::ImportPlan& plan() const { return preview_.plan; }
    bool is_backup() const { return preview_.backup; }
    std::int64_t backup_people() const { return preview_.backup_people; }
    bool replaces_data() const { return preview_.replaces_data; }
    const store::ImportProgress& progress() const { return progress_; }
    const store::ImportOutcome& outcome() const { return outcome_; }

  private:
    void run(void (ImportJob::*work)(store::Store&), store::Store& store, bool read_only);
    void read_and_plan(store::Store& store);
    void apply_with(store::Store& store);

    std::atomic<State> state_{State::Idle};
    bool threads_ = true;
    services::ThreadWorker worker_;
    core::SystemClock clock_; // for the worker's own connection
    std::string file_;
    std::string error_;
    services::ImportPreview preview_; // what the file holds and what importing it does
    store::ImportProgress progress_;
    store::ImportOutcome outcome_;
};

} // namespace rapport::ui
