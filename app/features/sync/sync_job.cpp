#include "features/sync/sync_job.hpp"

#include "services/sync/account_sync.hpp"

#include "services/thread_worker.hpp"

namespace rapport::ui {

SyncJob::SyncJob() : worker_(std::make_unique<services::ThreadWorker>()) {}

void SyncJob::set_worker(std::unique_ptr<ports::Worker> worker) {
    wait();
    worker_ = std::move(worker);
}

SyncJob::~SyncJob() {
    progress_.cancel = true;
    wait();
}

void SyncJob::cancel() {
    progress_.cancel = true;
    if (running()) worker_->interrupt(); // a request it waits on is abandoned
}

void SyncJob::pause() {
    worker_->pause();
}

void SyncJob::resume() {
    worker_->resume();
}

void SyncJob::start(std::function<void()> work, bool inline_work) {
    wait();
    result_ = {};
    progress_.done = 0;
    progress_.total = 0;
    progress_.cancel = false;
    finished_ = false;
    running_ = true;
    auto run = [this, work = std::move(work)] {
        work();
        running_.store(false, std::memory_order_release);
        finished_.store(true, std::memory_order_release);
        if (wake_) wake_();
    };
    // Work on the caller's own connection runs on the caller's thread,
    // unless the worker shares the page's thread anyway (a fiber).
    if (inline_work && worker_->can_join()) return run();
    worker_->start(std::move(run));
}

std::optional<SyncJobResult> SyncJob::take() {
    if (!finished_.load(std::memory_order_acquire)) return std::nullopt;
    wait();
    finished_ = false;
    return std::move(result_);
}

void SyncJob::test(const SyncConnection& connection, const std::string& address,
                   const std::string& user, const std::string& password) {
    if (running()) return;
    start(
        [this, &connection, address, user, password] {
            result_.kind = SyncJobResult::Kind::Test;
            result_.password = password;
            std::unique_ptr<ports::HttpClient> http = connection.http(*this);
            sync::DavClient dav(*http, user, password);
            sync::DavHomes homes;
            result_.error = dav.discover(address, homes);
            if (!result_.error && homes.contacts.empty() && homes.calendar.empty())
                result_.error = {sync::DavProblem::NotDav,
                                 "the server has no address book or calendar for " + user};
        },
        false);
}

void SyncJob::sync(const SyncConnection& connection, store::Store& store,
                   const std::string& password, bool remember) {
    if (running()) return;
    // An in-memory database has no second connection, and the browser's
    // file system has no locks: there the work uses the caller's.
    const bool same_connection = store.path() == ":memory:" || !can_wait();
    start(
        [this, &connection, &store, same_connection, password, remember, path = store.path()] {
            if (same_connection) return sync_with(connection, store, password, remember);
            store::Error error;
            // The app's clock, read from both threads (the system's; a
            // test moves its own only while no sync runs).
            auto own = store::Store::open(path, store.clock(), error);
            if (!own) {
                result_.error = {sync::DavProblem::Server, error.message};
                return;
            }
            sync_with(connection, *own, password, remember);
        },
        same_connection);
}

void SyncJob::sync_with(const SyncConnection& connection, store::Store& store, std::string password,
                        bool remember) {
    result_.kind = SyncJobResult::Kind::Sync;
    const auto account = store.sync().account();
    if (!account) {
        result_.error = {sync::DavProblem::Server, "no sync account"};
        return;
    }
    // The keyring can take a moment (D-Bus, an unlock prompt): here, not in
    // a frame.
    const sync::AccountPassword found =
        sync::account_password(*account, password, connection.keyring);
    if (!found) {
        result_.keyring_problem = found.problem;
        result_.error = {sync::DavProblem::BadPassword, result_.keyring_problem};
        return;
    }
    password = found.password;
    result_.password = password;
    std::unique_ptr<ports::HttpClient> http = connection.http(*this);
    // On the page's connection, nothing of the sync's stays open while a
    // request is out (the person's edits would join its transaction).
    const sync::SyncOutcome outcome = sync::sync_account(
        store, *http, *account, password, {connection.home_zone, &progress_, can_wait() ? 50 : 1});
    result_.error = outcome.error;
    result_.summary = outcome.summary;
    if (remember && outcome.error.problem != sync::DavProblem::BadPassword)
        result_.keyring_problem =
            connection.keyring.remember(account->address, account->user, password);
}

} // namespace rapport::ui
