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

DueState due_state(Millis due, Millis now, const Clock& clock) {
    const long long due_day = local_day(due, clock);
    const long long today = local_day(now, clock);
    if (due_day < today) return DueState::Overdue;
    if (due_day == today) return DueState::Today;
    return DueState::Upcoming;
}

} // namespace rapport::core
