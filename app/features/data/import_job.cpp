#include "features/data/import_job.hpp"

#include "interop/contact_import.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace rapport::ui {

ImportJob::~ImportJob() {
    progress_.cancel = true;
    if (worker_.joinable()) worker_.join();
}

void ImportJob::reset() {
    if (busy()) return;
    if (worker_.joinable()) worker_.join();
    state_ = State::Idle;
    file_.clear();
    bytes_.clear();
    error_.clear();
    plan_ = {};
    backup_ = false;
    outcome_ = {};
    progress_.done = 0;
    progress_.total = 0;
    progress_.cancel = false;
}

void ImportJob::wait() {
    if (worker_.joinable()) worker_.join();
}

void ImportJob::cancel() {
    progress_.cancel = true;
}

// Runs `work` on a worker with its own connection to the same file (read
// only when previewing), or inline on `store` for an in-memory database or
// where there are no threads.
void ImportJob::run(void (ImportJob::*work)(store::Store&), store::Store& store, bool read_only) {
    if (worker_.joinable()) worker_.join();
    if (store.path() == ":memory:" || !threads_) return (this->*work)(store);
    worker_ = std::thread([this, work, read_only, path = store.path()] {
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
    std::error_code ec;
    if (std::filesystem::is_directory(file_, ec)) {
        error_ = file_ + " is a folder; choose a file";
    } else if (std::ifstream in{file_, std::ios::binary}; !in) {
        error_ = "Cannot read " + file_ + ": " + std::strerror(errno);
    } else {
        std::ostringstream buffer;
        buffer << in.rdbuf();
        bytes_ = buffer.str();
    }
    if (error_.empty() && store::Store::is_backup(bytes_)) {
        backup_ = true;
        replaces_data_ = store.count_user_rows() > 0;
        // Counted for the preview; the restore itself checks everything.
        try {
            const auto doc = nlohmann::json::parse(bytes_);
            backup_people_ =
                static_cast<std::int64_t>(doc.at("tables").at("person").at("rows").size());
        } catch (const std::exception&) {
            backup_people_ = 0;
        }
    } else if (error_.empty()) {
        const core::ImportParse parsed = interop::parse_contacts(bytes_);
        if (!parsed.ok()) {
            error_ = (parsed.error_line ? "Line " + std::to_string(parsed.error_line) + ": " : "") +
                     parsed.error + ". Nothing was imported.";
            if (!error_.empty()) error_[0] = static_cast<char>(std::toupper(error_[0]));
        } else {
            plan_ = store.plan_import(parsed);
            bytes_.clear(); // the plan holds what is needed
        }
    }
    state_.store(error_.empty() ? State::Previewed : State::Failed, std::memory_order_release);
}

void ImportJob::apply(store::Store& store) {
    if (state() != State::Previewed) return;
    progress_.done = 0;
    progress_.total = backup_ ? 1 : static_cast<int>(plan_.rows.size());
    state_ = State::Applying;
    run(&ImportJob::apply_with, store, false);
}

void ImportJob::apply_with(store::Store& store) {
    store::Error e;
    if (backup_ && replaces_data_ && store.path() != ":memory:") {
        // What was here stays on disk beside the database.
        const std::string keep =
            store.path() + ".before-restore-" + std::to_string(clock_.now() / 1000) + ".db";
        e = store.snapshot_to(keep);
    }
    if (!e)
        e = backup_ ? store.restore_backup(bytes_, true, &progress_)
                    : store.apply_import(plan_, outcome_, &progress_);
    if (e) error_ = e.message;
    state_.store(e ? State::Failed : State::Done, std::memory_order_release);
}

} // namespace rapport::ui
