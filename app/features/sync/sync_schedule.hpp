#pragma once
// When the app syncs by itself: on launch, a few seconds after a change
// here, and every 15 minutes while open. Offline or a server error waits
// quietly and retries with backoff; a refused password or an address that
// is not a DAV server waits for the person (Sync now, or new details).
#include "core/clock.hpp"

#include <optional>

namespace rapport::ui {

class SyncSchedule {
  public:
    static constexpr core::Millis kAfterChange = 5'000;  // a burst of typing settles
    static constexpr core::Millis kLongestWait = 30'000; // typing that never stops still syncs
    static constexpr core::Millis kEvery = 15 * 60'000;  // while open
    static constexpr core::Millis kFirstRetry = 30'000;  // offline: then 1, 2, 4… minutes
    static constexpr core::Millis kLongestRetry = kEvery;

    enum class Result { Synced, Retry, NeedsPerson };

    // The app opened with an account: sync now.
    void launched(core::Millis now) { timed_ = now; }
    // Something was written here.
    void changed(core::Millis now);
    // A sync (automatic or asked for) began and ended.
    void started() { first_change_.reset(); }
    void finished(core::Millis now, Result result);
    // The person asked (Sync now) or changed the account: any wait ends.
    void asked(core::Millis now);

    // Whether an automatic sync should start now.
    bool due(core::Millis now) const {
        const auto at = next();
        return at && now >= *at;
    }
    // When the next one will start (nullopt: not until the person acts).
    std::optional<core::Millis> next() const;
    // Failures in a row (0 after a good sync); the retry's delay grows with it.
    int failures() const { return failures_; }
    bool waiting_for_person() const { return waiting_for_person_; }

  private:
    std::optional<core::Millis> timed_;        // launch, every 15 minutes, a retry
    std::optional<core::Millis> first_change_; // of the changes not yet synced
    core::Millis last_change_ = 0;
    core::Millis retry_until_ = 0; // offline: no change-triggered sync before this
    int failures_ = 0;
    bool waiting_for_person_ = false;
};

} // namespace rapport::ui
