#include "ui/wording.hpp"

#include "core/calendar.hpp"

#include <array>
#include <cctype>
#include <cstdio>
#include <string_view>
#include <utility>

namespace rapport::ui {

core::FrozenClock clock_of(const ReadModel& model) {
    return core::FrozenClock(model.now, model.zone);
}

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
    const core::FrozenClock clock = clock_of(model);
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
    const core::FrozenClock clock = clock_of(model);
    const long long days = core::local_day(due, clock) - core::local_day(model.now, clock);
    if (days < 0) return "overdue";
    if (days == 0) return "today";
    if (days == 1) return "tomorrow";
    if (days < 7) return "in " + std::to_string(days) + " days";
    return short_day_label(core::local_date(due, clock));
}

std::string field_words(std::string field) {
    // The columns whose names read wrongly as words.
    static constexpr std::pair<std::string_view, std::string_view> kWords[] = {
        {"body", "text"},
        {"when_at", "time"},
        {"duration_minutes", "length"},
        {"due", "due date"},
        {"done_at", "done"},
        {"held_at", "held"},
        {"person_id", "person"},
        {"linkedin", "LinkedIn profile"}};
    for (const auto& [column, words] : kWords)
        if (field == column) return std::string(words);
    for (char& c : field)
        if (c == '_') c = ' ';
    return field;
}

std::string quoted_value(const std::optional<std::string>& value) {
    if (!value || value->empty()) return "(empty)";
    return "\u201c" + first_lines(*value, 1, 60) + "\u201d";
}

ConflictWords conflict_words(const core::SyncConflict& c) {
    if (c.local_lost)
        return {"Your edit " + quoted_value(c.lost) +
                    " was replaced by one made later on another device",
                "Now " + quoted_value(c.kept)};
    return {quoted_value(c.kept) + " is kept: it was the later edit",
            "Another device had " + quoted_value(c.lost)};
}

std::string sync_status(const std::optional<std::int64_t>& last_synced_at,
                        const std::string& last_problem, const ReadModel& model) {
    if (!last_problem.empty()) return "Not synced: " + last_problem;
    if (!last_synced_at) return "Not synced yet";
    if (model.now - *last_synced_at < core::kMinute) return "Synced just now";
    return "Synced " + ago(*last_synced_at, model);
}

std::string ago(core::Millis then, const ReadModel& model) {
    if (then > model.now + core::kMinute) return "due " + when_due(then, model);
    const core::Millis delta = model.now - then;
    if (delta < core::kHour)
        return std::to_string(std::max<core::Millis>(1, delta / core::kMinute)) + " min ago";
    if (delta < core::kDay) return std::to_string(delta / core::kHour) + " h ago";
    const core::FrozenClock clock = clock_of(model);
    const long long days = core::local_day(model.now, clock) - core::local_day(then, clock);
    if (days <= 1) return "yesterday";
    return std::to_string(days) + " days ago";
}

const char* month_name(int month) {
    static constexpr std::array<const char*, 12> kMonths = {
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    return month >= 1 && month <= 12 ? kMonths[static_cast<size_t>(month - 1)] : "";
}

std::string day_label(core::LocalDate date) {
    static constexpr std::array<const char*, 7> kWeekdays = {"Sun", "Mon", "Tue", "Wed",
                                                             "Thu", "Fri", "Sat"};
    return std::string(kWeekdays[static_cast<size_t>(core::weekday_of(date))]) + " " +
           std::to_string(date.day) + " " + month_name(date.month);
}

std::string short_day_label(core::LocalDate date) {
    const std::string day = day_label(date);  // "Thu 31 December"
    return day.substr(0, day.rfind(' ') + 4); // "Thu 31 Dec"
}

core::LocalDate today_of(const ReadModel& model) {
    const core::Millis now = model.now_precise ? model.now_precise : model.now;
    return core::local_date(now, clock_of(model));
}

std::string day_and_time(core::Millis t, const ReadModel& model) {
    const core::FrozenClock clock = clock_of(model);
    const core::LocalDate date = core::local_date(t, clock);
    const long long days = core::local_day(t, clock) - core::local_day(model.now, clock);
    const std::string time = core::local_time_text(t, clock, model.hour_clock);
    // Within a week either way the weekday says which day; further off it
    // needs the date ("Thu 14 Jan", not a Thursday that could be any), and
    // the year when it is not this one ("Tue 4 Jan 2028").
    if (days > -7 && days < 7) return short_day_label(date).substr(0, 3) + " " + time;
    std::string day = short_day_label(date);
    if (date.year != today_of(model).year) day += " " + std::to_string(date.year);
    return day + ", " + time;
}
std::string follow_up_detail(const store::DueFollowUp& due) {
    using K = core::FollowUpKind;
    switch (due.follow_up.kind) {
    case K::ThankYou:
        return "Within a day of your conversation";
    case K::Nudge:
        return "No reply in 3 business days";
    case K::LastNudge:
        return "Still no reply after 7 business days";
    case K::TellReferrer:
        return "They referred you";
    case K::KeepInTouch:
        return "Time to check in";
    case K::Custom:
        break;
    }
    return "Follow up";
}

std::string reminder_body(const store::DueFollowUp& due) {
    if (due.follow_up.kind == core::FollowUpKind::Custom && !due.person_name.empty())
        return "For " + due.person_name;
    return follow_up_detail(due);
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

std::string first_lines(const std::string& text, int lines, size_t chars) {
    size_t start = text.find_first_not_of(" \n\r\t");
    if (start == std::string::npos) return {};
    size_t end = start;
    for (int line = 0; line < lines && end < text.size(); ++line) {
        const size_t next = text.find('\n', end);
        end = next == std::string::npos ? text.size() : next + (line + 1 < lines ? 1 : 0);
    }
    bool cut = end < text.size() && text.find_first_not_of(" \n\r\t", end) != std::string::npos;
    if (end - start > chars) {
        end = start + chars;
        // Back to a character boundary, then to the last space before it.
        while (end > start && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
            --end;
        const size_t space = text.rfind(' ', end);
        if (space != std::string::npos && space > start + chars / 2) end = space;
        cut = true;
    }
    std::string out = text.substr(start, end - start);
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ' || out.back() == '\r'))
        out.pop_back();
    return cut ? out + "…" : out;
}

std::string timeline_title(const store::TimelineEntry& e) {
    using store::TimelineKind;
    switch (e.kind) {
    case TimelineKind::Conversation: {
        const auto status = core::from_code(core::conversation_status_names(), e.code);
        const auto mode = core::from_code(core::conversation_mode_names(), e.detail_code);
        std::string title = status == core::ConversationStatus::Planned ? "Conversation planned"
                            : status == core::ConversationStatus::Cancelled
                                ? "Conversation cancelled"
                                : "Conversation";
        if (mode)
            title += " · " + std::string(core::label_of(core::conversation_mode_names(), *mode));
        return title;
    }
    case TimelineKind::Note:
        return "Note";
    case TimelineKind::Message: {
        const auto kind = core::from_code(core::message_kind_names(), e.code);
        std::string label =
            kind ? std::string(core::label_of(core::message_kind_names(), *kind)) : "message";
        label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
        return label + (e.open ? " · draft" : " · sent");
    }
    case TimelineKind::FollowUp: {
        const auto kind = core::from_code(core::follow_up_kind_names(), e.code);
        std::string label =
            kind == core::FollowUpKind::Custom && !e.text.empty() ? "Reminder: " + e.text
            : kind ? std::string(core::label_of(core::follow_up_kind_names(), *kind))
                   : "Follow-up";
        return label + (e.open ? " · due" : " · done");
    }
    case TimelineKind::StageChange: {
        const auto stage = core::stage_from_code(e.code);
        return "Moved to " + std::string(stage ? core::stage_label(*stage) : e.code);
    }
    }
    return {};
}

} // namespace rapport::ui
