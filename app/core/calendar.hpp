#pragma once
// Calendar arithmetic in the user's local time: days, weekdays and business
// days (Monday to Friday; public holidays are not known offline).
#include "core/clock.hpp"

#include <optional>
#include <string>

namespace rapport::core {

// A day on the user's calendar.
struct LocalDate {
    int year = 1970;
    int month = 1; // 1…12
    int day = 1;   // 1…31
    auto operator<=>(const LocalDate&) const = default;
};
LocalDate local_date(Millis t, const Clock& clock);
// The date `days` later (or earlier, when negative).
LocalDate add_days(LocalDate date, int days);
// 0 = Sunday … 6 = Saturday.
int weekday_of(LocalDate date);
int days_in_month(int year, int month);
// "2026-12-02" and back; nullopt for text that is not a real date.
std::optional<LocalDate> parse_date(const std::string& text);
std::string date_text(LocalDate date);
// "14:30" as minutes after midnight, and back; nullopt for text that is not
// a time of day.
// How the user reads the time of day: 14:30, or 2:30 PM.
enum class HourClock { TwentyFour, Twelve };

// Minutes after midnight from "14:30", "9:05", "2:30 pm", "2:30PM", "12 am".
std::optional<int> parse_time(const std::string& text);
std::string time_text(int minutes, HourClock hours = HourClock::TwentyFour);
// 09:00 on that day: when a follow-up set for a day comes due.
Millis morning_of(LocalDate date, const Clock& clock);
// That day at a wall time (read as `local_instant` reads it).
Millis at_time(LocalDate date, int hour, int minute, const Clock& clock);

// Whole local days since 1970-01-01.
long long local_day(Millis t, const Clock& clock);
// 0 = Sunday … 6 = Saturday, in local time.
int local_weekday(Millis t, const Clock& clock);
// 1…31: the day of the month of `t` in local time.
int day_of_month(Millis t, const Clock& clock);
// The instant of a local date and time, or nullopt for a date or time that
// is no such thing (2026-02-30, 25:00). A wall time the clocks skip when
// they go forward (02:30 as 02:00 becomes 03:00) is read as a clock moved on
// would show it (03:30); one they show twice when they go back is the first.
std::optional<Millis> local_instant(int year, int month, int day, int hour, int minute,
                                    const Clock& clock);
// "2026-12-02" and "14:30" → the instant, or nullopt with nothing parsed.
std::optional<Millis> parse_local(const std::string& date, const std::string& time,
                                  const Clock& clock);
// The local date "2026-12-02" and time "14:30" of an instant.
std::string local_date_text(Millis t, const Clock& clock);
std::string local_time_text(Millis t, const Clock& clock, HourClock hours = HourClock::TwentyFour);

// The first instant of a local day (its midnight, or where the clocks
// skipped midnight, the moment after).
Millis start_of_day(LocalDate date, const Clock& clock);
// The first instant of `t`'s local day.
Millis start_of_local_day(Millis t, const Clock& clock);
// `days` business days after `from`, at the same local time of day. Counting
// from a weekend starts on the Monday.
Millis add_business_days(Millis from, int days, const Clock& clock);

} // namespace rapport::core
