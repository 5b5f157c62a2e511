#pragma once
// One sync, or one connection test, beside the frames: a worker thread with
// its own HTTP client and its own connection to the database, so a first
// sync of thousands of items never holds up a frame. The feature polls it
// once a frame; the worker wakes the loop when it ends. (An in-memory
// database, as in some tests, has no second connection: the work runs on
// the calling thread instead.)
//
// In the browser there is one thread: the work runs on a fiber over the
// page's own connection (its file system has no locks, so a second
// connection could tear a write), pausing at every request so frames go on;
// the engine commits before each request there, so nothing the person
// types meanwhile joins a transaction of the sync's.
#include "features/sync/sync_connection.hpp"
#include "services/ports/worker.hpp"
#include "services/sync/sync_engine.hpp"
#include "store/store.hpp"

#include <atomic>
#include <memory>
#include <optional>
#include <string>

namespace rapport::ui {

struct SyncJobResult {
    enum class Kind { Test, Sync };
    Kind kind = Kind::Sync;
    sync::DavError error;
    sync::SyncSummary summary;
    // The password the work used (looked up in the keyring when none was
    // given): kept for the session. Empty when the keyring had none.
    std::string password;
    std::string keyring_problem; // why the keyring gave or kept no password
};

class SyncJob : private ports::HttpWait {
  public:
    SyncJob();
    ~SyncJob();
    SyncJob(const SyncJob&) = delete;
    SyncJob& operator=(const SyncJob&) = delete;

    // Where the work runs (a thread unless told otherwise).
    void set_worker(std::unique_ptr<ports::Worker> worker);
    // Called on the worker when it ends (wakes the event loop).
    void set_wake(std::function<void()> wake) { wake_ = std::move(wake); }

    // Asks the server whether `address` is a CardDAV/CalDAV server that
    // takes this user and password.
    void test(const SyncConnection& connection, const std::string& address, const std::string& user,
              const std::string& password);
    // One sync of the account saved in `store`; `password` empty: the
    // keyring's. With `remember`, a password that worked goes into the keyring.
    void sync(const SyncConnection& connection, store::Store& store, const std::string& password,
              bool remember = false);

    bool running() const { return running_.load(std::memory_order_acquire); }
    // Whether wait() can block until the work ends: not in the browser,
    // where the work needs the page's events to finish.
    bool can_wait() const { return worker_->can_join(); }
    // Blocks until the worker has ended (its result is then ready to take).
    void wait() {
        if (worker_->can_join()) worker_->join();
    }
    // Stops the work between requests (a request in flight is abandoned in
    // the browser); its result still comes, with "Sync stopped".
    void cancel();
    // What the finished work came to, once.
    std::optional<SyncJobResult> take();
    // The first sync's items moved of all to move; `cancel` stops between requests.
    sync::SyncProgress& progress() { return progress_; }

  private:
    // How the browser's HTTP client waits (ports::HttpWait).
    void pause() override;
    void resume() override;
    bool stopping() const override { return progress_.cancel.load(); }

    void start(std::function<void()> work, bool inline_work);
    void sync_with(const SyncConnection& connection, store::Store& store, std::string password,
                   bool remember);

    std::atomic<bool> running_{false};
    std::atomic<bool> finished_{false};
    std::unique_ptr<ports::Worker> worker_;
    std::function<void()> wake_;
    SyncJobResult result_;
    sync::SyncProgress progress_;
};

} // namespace rapport::ui
