#pragma once
// Follow-ups (thank-yous, nudges, check-ins) as they show on Today and on a
// person: done and snooze. No screen of its own; its card is
// features/follow_ups/follow_up_card.hpp.
#include "ui/feature.hpp"

#include <string>

namespace rapport::ui {

struct CompleteFollowUp {
    std::string id;
};
struct SnoozeFollowUp {
    std::string id;
};

class FollowUpsFeature final : public Feature {
  public:
    explicit FollowUpsFeature(Shell& shell);
    bool draws(Screen) const override { return false; }
    void draw(const Route&, ScreenContext&) override {}

  private:
    Shell& shell_;
};

} // namespace rapport::ui
