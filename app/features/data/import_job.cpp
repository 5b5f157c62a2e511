#include "features/data/import_job.hpp"

#include <cctype>

namespace rapport::ui {

ImportJob::~ImportJob() {
    progress_.cancel = true;
    worker_.join();
}

void ImportJob::reset() {
    if (busy()) return;
    worker_.join();
    state_ = State::Idle;
    file_.clear();
    error_.clear();
    preview_ = {};
    outcome_ = {};
    progress_.done = 0;
    progress_.total = 0;
    progress_.cancel = false;
}

void ImportJob::wait() {
    worker_.join();
}

void ImportJob::cancel() {
    progress_.cancel = true;
}

// Runs `work` on a worker with its own connection to the same file (read
// only when previewing), or inline on `store` for an in-memory database or
// where there are no threads.
void ImportJob::run(void (ImportJob::*work)(store::Store&), store::Store& store, bool read_only) {
    worker_.join();
    if (store.path() == ":memory:" || !threads_) return (this->*work)(store);
    worker_.start([this, work, read_only, path = store.path()] {
        store::Error error;
        auto own = store::Store::open(path, clock_, error, read_only);
        if (!own) {
            error_ = error.message;
            state_.store(State::Failed, std::memory_order_release);
            return;
        }
        (this->*work)(*own);
    });
}

void ImportJob::preview(const std::string& file, store::Store& store) {
    if (busy()) return;
    reset();
    file_ = file;
    state_ = State::Reading;
    run(&ImportJob::read_and_plan, store, true);
}

void ImportJob::read_and_plan(store::Store& store) {
    using Problem = services::ImportProblem::Kind;
    const services::ImportProblem problem = services::preview_import(file_, store, preview_);
    if (problem.kind == Problem::Folder) {
        error_ = file_ + " is a folder; choose a file";
    } else if (problem.kind == Problem::Unreadable) {
        error_ = "Cannot read " + file_ + ": " + problem.detail;
    } else if (problem) {
        error_ = (problem.line ? "Line " + std::to_string(problem.line) + ": " : "") +
                 problem.detail + ". Nothing was imported.";
        error_[0] = static_cast<char>(std::toupper(error_[0]));
    }
    state_.store(error_.empty() ? State::Previewed : State::Failed, std::memory_order_release);
}

void ImportJob::apply(store::Store& store) {
    if (state() != State::Previewed) return;
    progress_.done = 0;
    progress_.total = preview_.backup ? 1 : static_cast<int>(preview_.plan.rows.size());
    state_ = State::Applying;
    run(&ImportJob::apply_with, store, false);
}

void ImportJob::apply_with(store::Store& store) {
    std::string kept; // the snapshot of what a restore replaced
    const store::Error e =
        services::apply_import(preview_, store, clock_, outcome_, &progress_, kept);
    if (e) error_ = e.message;
    state_.store(e ? State::Failed : State::Done, std::memory_order_release);
}

} // namespace rapport::ui
