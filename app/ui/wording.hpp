#pragma once
// How records read on cards: "Role · Organisation", "Thank-you · overdue",
// "in 3 days", and the pill colour for a stage.
#include "core/calendar.hpp"
#include "core/follow_up_rules.hpp"
#include "core/records.hpp"
#include "core/stage.hpp"
#include "core/sync_record.hpp"
#include "ui/read_model.hpp"
#include "ui/widgets/pill.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace rapport::ui {

// The user's clock as the model read it: stopped at its `now`, in the
// user's zone (each instant with its own offset).
core::FrozenClock clock_of(const ReadModel& model);
std::string role_at(const std::string& role, const std::string& organisation);
Tone stage_tone(core::Stage stage);
core::DueState due_state_of(core::Millis due, const ReadModel& model);
Tone due_tone(core::DueState state);
// "overdue", "today", "tomorrow", "in 3 days", "Mon 2 Feb".
std::string when_due(core::Millis due, const ReadModel& model);
// A synced field's name for people: "research notes" for research_notes.
std::string field_words(std::string field);
// A value that took part in a sync conflict, quoted: “Design lead”, (empty).
std::string quoted_value(const std::optional<std::string>& value);
// A sync conflict in two lines: what happened, said to the device whose
// edit lost ("Your edit “Staff UX Researcher” was replaced by one made later
// on another device") as to the one whose edit was kept, and the other value.
struct ConflictWords {
    std::string headline;
    std::string detail;
};
ConflictWords conflict_words(const core::SyncConflict& conflict);
// A sync account's state: "Synced just now", "Synced 2 min ago", "Not synced
// yet", "Not synced: <why>".
std::string sync_status(const std::optional<std::int64_t>& last_synced_at,
                        const std::string& last_problem, const ReadModel& model);
// "2 h ago", "yesterday", "12 days ago".
std::string ago(core::Millis then, const ReadModel& model);
// "December" for 12.
const char* month_name(int month);
// "Thu 24 December": a day as a date picker names it.
std::string day_label(core::LocalDate date);
// "Thu 24 Dec": the same, short enough for a card's pill.
std::string short_day_label(core::LocalDate date);
// The user's calendar day now (for a date picker's "today").
core::LocalDate today_of(const ReadModel& model);
// "Thu 10:30" within a week of today, "Thu 14 Jan, 10:30" further off.
std::string day_and_time(core::Millis t, const ReadModel& model);
// What a follow-up asks of the user: "Thank Amara Osei".
std::string follow_up_title(const store::DueFollowUp& due);
// Why it is due: "No reply in 3 business days".
std::string follow_up_detail(const store::DueFollowUp& due);
// A reminder notification's second line: the detail, or for your own
// reminder ("Send the paper"), whom it is for; a notification has no card
// around it to say so.
std::string reminder_body(const store::DueFollowUp& due);
// The first `lines` lines of `text`, at most `chars` bytes (cut at a word),
// with "…" when something was left out: a few lines of a note on a card.
std::string first_lines(const std::string& text, int lines, size_t chars);
// What a timeline entry was: "Conversation · Video call", "Thank-you · sent",
// "Moved to Met".
std::string timeline_title(const store::TimelineEntry& entry);

} // namespace rapport::ui
