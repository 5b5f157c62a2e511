#pragma once
// Quiet hours for reminders: no notification from `from` to `until`
// (minutes after local midnight), a span that may wrap past midnight.

#include <cstdint>

namespace rapport::core {

// Minutes after local midnight at `t` (ms since the epoch, UTC).
constexpr int local_minute_of_day(std::int64_t t, int utc_offset_minutes) {
    constexpr std::int64_t kMinutesPerDay = 24 * 60;
    const std::int64_t minutes = t / 60'000 + utc_offset_minutes;
    return static_cast<int>(((minutes % kMinutesPerDay) + kMinutesPerDay) % kMinutesPerDay);
}

// True when `minute` (0..1439) falls in [from, until). Equal ends: none.
constexpr bool in_quiet_hours(int from, int until, int minute) {
    if (from == until) return false;
    return from < until ? minute >= from && minute < until : minute >= from || minute < until;
}

} // namespace rapport::core
