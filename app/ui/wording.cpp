#include "ui/wording.hpp"

#include "core/calendar.hpp"

#include <cstdio>
#include <ctime>

namespace rapport::ui {
namespace {

core::ManualClock clock_of(const ReadModel& model) {
    return core::ManualClock(model.now, model.utc_offset_minutes);
}

} // namespace

std::string role_at(const std::string& role, const std::string& organisation) {
    if (role.empty()) return organisation;
    if (organisation.empty()) return role;
    return role + " · " + organisation;
}

Tone stage_tone(core::Stage stage) {
    switch (stage) {
    case core::Stage::Scheduled:
    case core::Stage::KeepingInTouch:
        return Tone::Ok;
    case core::Stage::ReachedOut:
        return Tone::Warn;
    case core::Stage::Met:
    case core::Stage::Thanked:
        return Tone::Accent;
    case core::Stage::NoReply:
    case core::Stage::Declined:
        return Tone::Late;
    default:
        return Tone::Neutral;
    }
}

core::DueState due_state_of(core::Millis due, const ReadModel& model) {
    const core::ManualClock clock = clock_of(model);
    return core::due_state(due, model.now, clock);
}

Tone due_tone(core::DueState state) {
    switch (state) {
    case core::DueState::Overdue:
        return Tone::Late;
    case core::DueState::Today:
        return Tone::Warn;
    case core::DueState::Upcoming:
        break;
    }
    return Tone::Neutral;
}

std::string when_due(core::Millis due, const ReadModel& model) {
    const core::ManualClock clock = clock_of(model);
    const long long days = core::local_day(due, clock) - core::local_day(model.now, clock);
    if (days < 0) return "overdue";
    if (days == 0) return "today";
    if (days == 1) return "tomorrow";
    if (days < 7) return "in " + std::to_string(days) + " days";
    return day_and_time(due, model).substr(0, 3) + " in " + std::to_string(days) + " days";
}

std::string ago(core::Millis then, const ReadModel& model) {
    if (then > model.now + core::kMinute) return "due " + when_due(then, model);
    const core::Millis delta = model.now - then;
    if (delta < core::kHour)
        return std::to_string(std::max<core::Millis>(1, delta / core::kMinute)) + " min ago";
    if (delta < core::kDay) return std::to_string(delta / core::kHour) + " h ago";
    const core::ManualClock clock = clock_of(model);
    const long long days = core::local_day(model.now, clock) - core::local_day(then, clock);
    if (days <= 1) return "yesterday";
    return std::to_string(days) + " days ago";
}

std::string day_and_time(core::Millis t, const ReadModel& model) {
    const std::time_t seconds =
        static_cast<std::time_t>(t / 1000 + static_cast<long long>(model.utc_offset_minutes) * 60);
    std::tm local{};
    gmtime_r(&seconds, &local);
    char text[32];
    std::strftime(text, sizeof text, "%a %H:%M", &local);
    return text;
}

std::string follow_up_title(const store::DueFollowUp& due) {
    using K = core::FollowUpKind;
    switch (due.follow_up.kind) {
    case K::ThankYou:
        return "Thank " + due.person_name;
    case K::Nudge:
        return "Nudge " + due.person_name;
    case K::LastNudge:
        return "Last nudge to " + due.person_name;
    case K::KeepInTouch:
        return "Check in with " + due.person_name;
    case K::TellReferrer:
        return "Tell " + due.person_name + " you met " +
               (due.about_person_name.empty() ? "their referral" : due.about_person_name);
    case K::Custom:
        break;
    }
    return due.follow_up.title.empty() ? "Follow up with " + due.person_name : due.follow_up.title;
}

std::string without_marks(const std::string& text) {
    std::string out;
    for (char c : text)
        if (c != '\x02' && c != '\x03') out += c;
    return out;
}

} // namespace rapport::ui
