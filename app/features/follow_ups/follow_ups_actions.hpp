#pragma once
// What other features may ask of follow ups: its actions (recorded, applied after
// the frame) and requests (answered at once), served by its own handlers.
// The only part of this feature another feature includes.
#include "core/calendar.hpp"
#include "core/follow_up_rules.hpp"
#include "store/follow_up_repository.hpp"
#include <cstdint>
#include <optional>
#include <string>

namespace rapport::ui {

struct ScreenContext;

struct CompleteFollowUp {
    std::string id;
};

// Shows (or hides) the snooze choices under a follow-up's card.
struct SnoozeFollowUp {
    std::string id;
};

struct SnoozeUntil {
    std::string id;
    core::SnoozeChoice choice;
    std::optional<core::LocalDate> day; // a day picked instead: its morning
};

// They answered the outreach: the nudges stop.
struct RecordReply {
    std::string person_id;
};

// "Remind me to send the article in two weeks".
struct AddReminder {
    std::string person_id;
    std::string title;
    int days = 1;
    std::optional<core::LocalDate> day; // a day picked instead: its morning
};

// Requests follow-ups answers at once (ActionBus::ask).
// Draws a follow-up as a card: what to do and for whom, how due it is, Done
// and Snooze beside it, and the snooze choices under it while they are open.
struct FollowUpCard {
    ScreenContext& screen;
    const store::DueFollowUp& due;
};
// Escape or Back while a card's snooze choices are open closes them first.
struct CloseSnoozeChoices {
    bool closed = false; // they were open
};

} // namespace rapport::ui
