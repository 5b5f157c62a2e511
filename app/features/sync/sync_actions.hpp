#pragma once
// What other features may ask of sync: its actions (recorded, applied after
// the frame) and requests (answered at once), served by its own handlers.
// The only part of this feature another feature includes.
#include "store/calendar_repository.hpp"
#include "store/sync_repository.hpp"
#include <optional>
#include <string>
#include <vector>

namespace rapport::ui {

struct TestSyncAccount {};

struct SetUpSync {};

struct SyncNow {};

// Settings → Sync → Calendars: whether meetings are read from this one.
struct WatchCalendar {
    std::string url;
    bool watched = true;
};

struct UseSyncPassword {}; // the password typed when the keyring had none
struct StopSyncing {
    bool confirmed = false; // false: ask first
};

} // namespace rapport::ui
