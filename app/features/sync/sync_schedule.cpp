#include "features/sync/sync_schedule.hpp"

#include <algorithm>

namespace rapport::ui {

void SyncSchedule::changed(core::Millis now) {
    if (!first_change_) first_change_ = now;
    last_change_ = now;
}

std::optional<core::Millis> SyncSchedule::next() const {
    if (waiting_for_person_) return std::nullopt;
    std::optional<core::Millis> at = timed_;
    if (first_change_) {
        // A few seconds after the last change (typing settles), but never
        // later than the longest wait from the first, nor inside a backoff.
        const core::Millis settled = std::max(
            std::min(last_change_ + kAfterChange, *first_change_ + kLongestWait), retry_until_);
        at = at ? std::min(*at, settled) : settled;
    }
    return at;
}

void SyncSchedule::finished(core::Millis now, Result result) {
    switch (result) {
    case Result::Synced:
        failures_ = 0;
        retry_until_ = 0;
        waiting_for_person_ = false;
        timed_ = now + kEvery;
        return;
    case Result::Retry: {
        ++failures_;
        core::Millis delay = kFirstRetry;
        for (int i = 1; i < failures_ && delay < kLongestRetry; ++i)
            delay *= 2;
        retry_until_ = now + std::min(delay, kLongestRetry);
        timed_ = retry_until_;
        return;
    }
    case Result::NeedsPerson:
        ++failures_;
        waiting_for_person_ = true;
        timed_.reset();
        return;
    }
}

void SyncSchedule::asked(core::Millis now) {
    waiting_for_person_ = false;
    retry_until_ = 0;
    timed_ = now;
}

} // namespace rapport::ui
