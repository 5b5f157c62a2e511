#pragma once
// Settings → Sync: the CardDAV/CalDAV account (set up with a connection
// test that says what is wrong), its status ("Synced 2 min ago", what
// moved, progress on a first sync), Sync now, the values that lost a
// conflict, and the syncs that run by themselves: on launch, a few seconds
// after a change here, every 15 minutes, and with backoff while offline
// (sync_schedule.hpp). The work runs beside the frames (sync_job.hpp).
#include "features/sync/sync_actions.hpp"
#include "features/sync/sync_connection.hpp"
#include "features/sync/sync_job.hpp"
#include "features/sync/sync_schedule.hpp"
#include "store/calendar_repository.hpp"
#include "store/sync_repository.hpp"
#include "ui/feature.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rapport::ui {

// What the setup form holds while typed.
struct SyncForm {
    std::string address;
    std::string user;
    std::string password;
    bool remember_here = false; // the browser: keep the password on this device
};

// A connection test's answer, in words.
struct SyncAnswer {
    bool good = false;
    std::string text;
};

class SyncFeature final : public Feature {
  public:
    SyncFeature(Shell& shell, SyncConnection connection);
    bool draws(Screen screen) const override { return screen == Screen::Sync; }
    void open(const Route& route) override;
    void load(const Route& route) override;
    void draw(const Route& route, ScreenContext& screen) override;
    bool tick() override;
    void report(const Route& route, FrameReport& report) const override;

    const std::optional<store::SyncAccount>& account() const { return account_; }
    const SyncSchedule& schedule() const { return schedule_; }
    bool syncing() const { return job_.running(); }
    const SyncAnswer& answer() const { return answer_; }
    const SyncForm& form() const { return form_; }
    // Blocks until the running sync or test ends (tests); what it came to
    // lands in the next frame.
    void wait();

  private:
    void test_account(bool then_set_up);
    void start_sync(bool remember);
    // A finished job lands: the account's new state, what the person sees.
    bool finish(const SyncJobResult& result);
    void stop_syncing(bool confirmed);
    void forget_account();
    // Whether a password that worked is kept: always in a desktop keyring;
    // in the browser only when the person asked (else for this session).
    bool remember_password() const {
        return !connection_.remember_is_a_choice || form_.remember_here;
    }
    void draw_setup(ScreenContext& screen);
    void draw_status(ScreenContext& screen);
    void draw_conflicts(ScreenContext& screen);
    void draw_calendars(ScreenContext& screen);
    void draw_remember_choice();
    std::string status_line(const ReadModel& model) const;
    std::string next_line(const ReadModel& model) const;
    // "Ana Ruiz" for a person's record, else what the record is.
    // `person`: whom the record is about (SyncRepository::person_of).
    std::string record_title(const store::StoredConflict& conflict,
                             const std::optional<std::string>& person);
    // The page a conflicted record is shown on (its person's, where its two
    // values can be taken back or let go), if it has one.
    std::optional<Route> record_route(const store::StoredConflict& conflict,
                                      const std::optional<std::string>& person);

    Shell& shell_;
    SyncConnection connection_;
    SyncForm form_;
    SyncAnswer answer_;
    bool setting_up_ = false; // the running test sets up the account when it passes
    bool asking_stop_ = false;
    bool stop_when_ended_ = false; // stopped while a browser request was out
    std::optional<store::SyncAccount> account_;
    std::vector<store::CalendarSource> calendars_;      // the account's other calendars
    std::vector<store::StoredConflict> conflicts_;      // newest first
    std::vector<std::string> conflict_titles_;          // beside conflicts_
    std::vector<std::optional<Route>> conflict_routes_; // where each record is shown
    std::string password_;        // for this session (typed, or the keyring's)
    bool needs_password_ = false; // the keyring had none: ask
    std::string keyring_problem_; // why it had none
    SyncSchedule schedule_;
    bool launched_ = false;
    std::int64_t changes_seen_ = -1; // the main connection's writes at the last look
    SyncJob job_;                    // last: stopped before what it borrows goes
};

} // namespace rapport::ui
