#include "core/follow_up_rules.hpp"

#include "core/calendar.hpp"

#include <algorithm>

namespace rapport::core {

Millis thank_you_due(Millis held_at) {
    return held_at + kThankYouWithin;
}
Millis tell_referrer_due(Millis held_at) {
    return held_at + kTellReferrerWithin;
}

NudgeSchedule nudges_after(Millis sent_at, const Clock& clock) {
    return {add_business_days(sent_at, kNudgeAfterBusinessDays, clock),
            add_business_days(sent_at, kLastNudgeAfterBusinessDays, clock)};
}

KeepInTouch keep_in_touch(std::optional<Millis> last_interaction, int cadence_days, Millis now) {
    if (cadence_days <= 0 || !last_interaction) return {};
    const Millis cadence = static_cast<Millis>(cadence_days) * kDay;
    const Millis due = *last_interaction + cadence;
    const Millis amber_window = std::min<Millis>(cadence / 4, 14 * kDay);
    if (now >= due) return {TouchState::Red, due};
    if (now >= due - amber_window) return {TouchState::Amber, due};
    return {TouchState::Green, due};
}

const char* snooze_label(SnoozeChoice choice) {
    switch (choice) {
    case SnoozeChoice::LaterToday:
        return "Later today";
    case SnoozeChoice::Tomorrow:
        return "Tomorrow";
    case SnoozeChoice::NextWeek:
        return "Next week";
    case SnoozeChoice::TwoWeeks:
        return "In 2 weeks";
    }
    return "";
}

Millis morning_in_days(int days, Millis now, const Clock& clock) {
    return morning_of(add_days(local_date(now, clock), days), clock);
}

Millis snooze_until(SnoozeChoice choice, Millis now, const Clock& clock) {
    switch (choice) {
    case SnoozeChoice::LaterToday: {
        // Three hours on, but not past 20:00; late in the evening, 20:00 is
        // already past, so an hour on.
        const Millis evening = at_time(local_date(now, clock), 20, 0, clock);
        return now + 3 * kHour <= evening ? now + 3 * kHour : std::max(evening, now + kHour);
    }
    case SnoozeChoice::Tomorrow:
        return morning_in_days(1, now, clock);
    case SnoozeChoice::NextWeek: {
        const int weekday = local_weekday(now, clock); // 0 Sunday
        const int to_monday = weekday == 0 ? 1 : 8 - weekday;
        return morning_in_days(to_monday, now, clock);
    }
    case SnoozeChoice::TwoWeeks:
        return morning_in_days(14, now, clock);
    }
    return now + kDay;
}

DueWindows due_windows(Millis now, const Clock& clock) {
    const LocalDate today = local_date(now, clock);
    return {start_of_day(add_days(today, 1), clock),
            start_of_day(add_days(today, 1 + kDueSoonDays), clock)};
}

DueState due_state(Millis due, Millis now, const Clock& clock) {
    const long long due_day = local_day(due, clock);
    const long long today = local_day(now, clock);
    if (due_day < today) return DueState::Overdue;
    if (due_day == today) return DueState::Today;
    return DueState::Upcoming;
}

} // namespace rapport::core
