// Sync's actions and the syncs that run by themselves.
#include "features/sync/sync_feature.hpp"

#include "features/all_features.hpp"

#include "services/sync/sync_words.hpp"
#include "services/thread_worker.hpp"
#include "ui/action_bus.hpp"
#include "ui/app_services.hpp"
#include "ui/wording.hpp"

#include <algorithm>
#include <cctype>

namespace rapport::ui {
namespace {

SyncSchedule::Result schedule_result(const sync::DavError& error) {
    switch (error.problem) {
    case sync::DavProblem::None:
        return SyncSchedule::Result::Synced;
    case sync::DavProblem::BadPassword:
    case sync::DavProblem::NotDav:
        return SyncSchedule::Result::NeedsPerson;
    default:
        return SyncSchedule::Result::Retry;
    }
}

std::string host_of(const std::string& address) {
    std::string host = address;
    if (const size_t scheme = host.find("://"); scheme != std::string::npos)
        host = host.substr(scheme + 3);
    return host.substr(0, host.find('/'));
}

} // namespace

SyncFeature::SyncFeature(Shell& shell, SyncConnection connection)
    : shell_(shell), connection_(std::move(connection)) {
    job_.set_worker(connection_.worker ? connection_.worker()
                                       : std::make_unique<services::ThreadWorker>(
                                             shell_.services().background_threads));
    job_.set_wake(shell_.services().wake);
    ActionBus& bus = shell_.actions();
    bus.handle<TestSyncAccount>([this](TestSyncAccount&) { test_account(false); });
    bus.handle<SetUpSync>([this](SetUpSync&) { test_account(true); });
    bus.handle<SyncNow>([this](SyncNow&) {
        schedule_.asked(shell_.store().clock().now());
        start_sync(false);
    });
    bus.handle<UseSyncPassword>([this](UseSyncPassword&) {
        if (form_.password.empty()) return;
        password_ = form_.password;
        form_.password.clear();
        needs_password_ = false;
        schedule_.asked(shell_.store().clock().now());
        start_sync(remember_password());
    });
    bus.handle<StopSyncing>([this](StopSyncing& a) { stop_syncing(a.confirmed); });
    bus.handle<WatchCalendar>([this](WatchCalendar& a) {
        if (store::Error e = shell_.store().calendars().set_watched(a.url, a.watched))
            return shell_.show_error(e);
        calendars_ = shell_.store().calendars().sources();
        // Read (or forget) its meetings now, not at the next scheduled sync.
        schedule_.asked(shell_.store().clock().now());
        start_sync(false);
    });
    account_ = shell_.store().sync().account();
}

void SyncFeature::open(const Route&) {
    asking_stop_ = false;
    if (account_) return;
    answer_ = {};
}

void SyncFeature::load(const Route&) {
    account_ = shell_.store().sync().account();
    calendars_ = shell_.store().calendars().sources();
    conflicts_ = shell_.store().sync().conflicts();
    if (conflicts_.size() > 20) conflicts_.resize(20);
    conflict_titles_.clear();
    conflict_routes_.clear();
    for (const store::StoredConflict& conflict : conflicts_) {
        const std::optional<std::string> person = shell_.store().sync().person_of(conflict);
        conflict_titles_.push_back(record_title(conflict, person));
        conflict_routes_.push_back(record_route(conflict, person));
    }
}

std::optional<Route> SyncFeature::record_route(const store::StoredConflict& conflict,
                                               const std::optional<std::string>& person) {
    if (person) return Route{Screen::Person, *person};
    if (conflict.table == "career_option") return Route{Screen::Career, conflict.id};
    if (conflict.table == "speech") return Route{Screen::Speech};
    if (conflict.table == "message_template") return Route{Screen::Templates};
    return std::nullopt;
}

std::string SyncFeature::record_title(const store::StoredConflict& conflict,
                                      const std::optional<std::string>& person_id) {
    if (person_id) {
        const auto person = shell_.store().people().find(*person_id);
        if (person && conflict.table == "person") return person->name;
        if (person) {
            std::string what = field_words(conflict.table) + " · " + person->name;
            what[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(what[0])));
            return what; // "Note · Sam Lee"
        }
    }
    std::string what = field_words(conflict.table); // follow_up: "Follow up"
    what[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(what[0])));
    return what;
}

void SyncFeature::test_account(bool then_set_up) {
    if (job_.running()) return;
    if (form_.address.empty() || form_.user.empty() || form_.password.empty()) {
        answer_ = {false, "Type the server's address, your user name and your password"};
        return;
    }
    // An address typed without its scheme is asked over https; if the
    // server answers only in plain http, the answer says to type http://.
    if (form_.address.find("://") == std::string::npos) form_.address = "https://" + form_.address;
    setting_up_ = then_set_up;
    answer_ = {true, "Asking " + host_of(form_.address) + "…"};
    job_.test(connection_, form_.address, form_.user, form_.password);
}

void SyncFeature::start_sync(bool remember) {
    if (job_.running() || !account_) return;
    schedule_.started();
    changes_seen_ = shell_.store().database().total_changes();
    job_.sync(connection_, shell_.store(), password_, remember);
}

void SyncFeature::wait() {
    job_.wait(); // the result lands in the next frame's tick, as it would have anyway
}

bool SyncFeature::finish(const SyncJobResult& result) {
    if (stop_when_ended_ && account_) {
        forget_account();
        return true;
    }
    const core::Millis now = shell_.store().clock().now();
    if (result.kind == SyncJobResult::Kind::Test) {
        if (result.error) {
            setting_up_ = false;
            answer_ = {false, sync::problem_words(result.error)};
            return true;
        }
        answer_ = {true, "Connected: " + host_of(form_.address) +
                             " has an address book and a calendar for " + form_.user};
        if (!setting_up_) return true;
        setting_up_ = false;
        if (store::Error e = shell_.store().sync().save_account(form_.address, form_.user)) {
            shell_.show_error(e);
            return true;
        }
        password_ = form_.password;
        form_.password.clear();
        account_ = shell_.store().sync().account();
        schedule_.asked(now);
        start_sync(remember_password()); // the first sync; the password kept once it worked
        return true;
    }

    // The sync's own writes (its outcome, in memory) are not a change to sync.
    changes_seen_ = shell_.store().database().total_changes();
    if (!result.password.empty()) password_ = result.password;
    needs_password_ = result.error.problem == sync::DavProblem::BadPassword;
    keyring_problem_ = needs_password_ ? result.keyring_problem : "";
    if (needs_password_) password_.clear();
    schedule_.finished(now, schedule_result(result.error));
    if (!result.keyring_problem.empty() && !result.error)
        shell_.notify("Synced, but the password could not be kept in the keyring (" +
                      result.keyring_problem + "); Rapport will ask again next time");
    // Meetings read from other calendars are conversations on Today and
    // people's pages as much as anything pulled.
    if (result.summary.pulled + result.summary.pulled_deleted + result.summary.meetings_changed > 0)
        shell_.people_changed();
    return true; // status, conflicts and lists are read again
}

bool SyncFeature::tick() {
    bool changed = false;
    if (auto result = job_.take()) changed = finish(*result);
    if (!account_ || !shell_.services().maintenance) return changed;
    const core::Millis now = shell_.store().clock().now();
    if (!launched_) {
        launched_ = true;
        schedule_.launched(now);
        changes_seen_ = shell_.store().database().total_changes();
    }
    const std::int64_t changes = shell_.store().database().total_changes();
    if (changes != changes_seen_) {
        changes_seen_ = changes;
        schedule_.changed(now);
    }
    if (!job_.running() && !needs_password_ && schedule_.due(now)) start_sync(false);
    return changed;
}

void SyncFeature::report(const Route& route, FrameReport& report) const {
    if (job_.running()) {
        // The worker wakes the loop when it ends; the progress moves meanwhile.
        if (route.screen == Screen::Sync) report.wake_within(0.25);
        return;
    }
    if (!account_ || !shell_.services().maintenance) return;
    if (const auto next = schedule_.next()) {
        const core::Millis wait = std::max<core::Millis>(0, *next - shell_.store().clock().now());
        report.wake_within(static_cast<double>(wait) / 1000.0 + 0.05);
    }
}

void SyncFeature::stop_syncing(bool confirmed) {
    if (!account_) return;
    if (!confirmed) {
        asking_stop_ = !asking_stop_;
        return;
    }
    asking_stop_ = false;
    if (job_.running()) {
        job_.cancel(); // stops between requests
        if (!job_.can_wait()) {
            stop_when_ended_ = true; // the browser's request ends first
            return;
        }
        job_.wait();
        job_.take();
    }
    forget_account();
}

void SyncFeature::forget_account() {
    stop_when_ended_ = false;
    const store::SyncAccount gone = *account_;
    if (store::Error e = shell_.store().sync().forget_account()) return shell_.show_error(e);
    const std::string problem = connection_.keyring.forget(gone.address, gone.user);
    account_.reset();
    password_.clear();
    needs_password_ = false;
    schedule_ = SyncSchedule{};
    launched_ = false;
    form_ = {gone.address, gone.user, ""};
    answer_ = {};
    shell_.notify(problem.empty()
                      ? "Stopped syncing with " + host_of(gone.address) +
                            "; everything stays here and on the server"
                      : "Stopped syncing; the keyring still holds the password (" + problem + ")");
}

std::vector<std::unique_ptr<Feature>> all_features_with_sync(Shell& shell, SyncConnection sync) {
    std::vector<std::unique_ptr<Feature>> features = all_features(shell);
    features.push_back(std::make_unique<SyncFeature>(shell, std::move(sync)));
    return features;
}

} // namespace rapport::ui
