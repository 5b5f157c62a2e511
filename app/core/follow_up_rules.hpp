#pragma once
// When to follow up, from the guide: thank within a day of the conversation,
// nudge after three business days without a reply and once more at seven,
// and keep in touch on each person's cadence.
#include "core/clock.hpp"

#include <optional>

namespace rapport::core {

constexpr Millis kThankYouWithin = 24 * kHour;
constexpr int kNudgeAfterBusinessDays = 3;
constexpr int kLastNudgeAfterBusinessDays = 7;
constexpr Millis kTellReferrerWithin = 48 * kHour;

Millis thank_you_due(Millis conversation_held_at);
Millis tell_referrer_due(Millis conversation_held_at);

struct NudgeSchedule {
    Millis nudge;      // 3 business days after the outreach was sent
    Millis last_nudge; // 7 business days after it
};
NudgeSchedule nudges_after(Millis outreach_sent_at, const Clock& clock);

enum class TouchState { None, Green, Amber, Red };

struct KeepInTouch {
    TouchState state = TouchState::None;
    std::optional<Millis> due;
};

// Due a cadence after the last logged interaction. Green until the last
// quarter of the cadence (at most 14 days) before it, amber then, red once due.
KeepInTouch keep_in_touch(std::optional<Millis> last_interaction, int cadence_days, Millis now);

// When a snoozed follow-up comes back: a few hours later (but not past the
// evening), tomorrow morning, next Monday morning, or in two weeks.
enum class SnoozeChoice { LaterToday, Tomorrow, NextWeek, TwoWeeks };
inline constexpr SnoozeChoice kSnoozeChoices[] = {SnoozeChoice::LaterToday, SnoozeChoice::Tomorrow,
                                                  SnoozeChoice::NextWeek, SnoozeChoice::TwoWeeks};
const char* snooze_label(SnoozeChoice choice); // "Later today"
Millis snooze_until(SnoozeChoice choice, Millis now, const Clock& clock);
// A reminder `days` from today, at 9:00 local time.
Millis morning_in_days(int days, Millis now, const Clock& clock);

// Where a follow-up shows on Today: due (by the end of today), due soon (in
// the six days after), or later. Each boundary is a local midnight: a day
// when the clocks change is 23 or 25 hours long.
constexpr int kDueSoonDays = 6;
struct DueWindows {
    Millis end_of_today;
    Millis end_of_soon;
};
DueWindows due_windows(Millis now, const Clock& clock);

enum class DueState { Upcoming, Today, Overdue };
// Overdue once a local day has passed the due day; "today" on the due day.
DueState due_state(Millis due, Millis now, const Clock& clock);

} // namespace rapport::core
