#pragma once
// Follow-ups (thank-yous, nudges, check-ins, your own reminders) as they show
// on Today and on a person: done, snooze to a chosen time, "they replied",
// and reminders you add. No screen of its own; its card is
// features/follow_ups/follow_up_card.hpp.
#include "core/calendar.hpp"
#include "core/follow_up_rules.hpp"
#include "features/follow_ups/follow_ups_actions.hpp"
#include "ui/feature.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace rapport::ui {

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
