#pragma once
// Follow-ups (thank-yous, nudges, check-ins, your own reminders) as they show
// on Today and on a person: done, snooze to a chosen time, "they replied",
// and reminders you add. No screen of its own; its card is
// features/follow_ups/follow_up_card.hpp.
#include "core/calendar.hpp"
#include "core/follow_up_rules.hpp"
#include "ui/feature.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace rapport::ui {

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

class FollowUpsFeature final : public Feature {
  public:
    explicit FollowUpsFeature(Shell& shell);
    bool draws(Screen) const override { return false; }
    void draw(const Route&, ScreenContext&) override {}
    // The follow-up whose snooze choices are open on the page shown, if any:
    // choices opened on another page (left, then come back to) are closed.
    const std::string& snoozing() const;
    // Escape or Back while choices are open closes them first: true if they were.
    bool close_choices();

  private:
    Shell& shell_;
    std::string snoozing_;
    std::uint64_t snoozing_page_ = 0; // the page the choices were opened on
};

} // namespace rapport::ui
