#pragma once
// Today: what is due, what is coming, who is slipping away, and a big way to
// capture; the first run's welcome and first steps (today_screen.cpp).
#include "store/store.hpp"
#include "ui/feature.hpp"

#include <vector>

namespace rapport::ui {

struct TodayModel {
    std::vector<store::DueFollowUp> due; // overdue and due today: the first 100
    int due_today = 0;                   // all of them
    int due_this_week = 0;
    std::vector<store::UpcomingConversation> upcoming;
    std::vector<store::LosingTouch> losing_touch;
    int met_this_month = 0;
    std::vector<store::StageCount> counts; // the pipeline
};

struct LoadDemo {};

class TodayFeature final : public Feature {
  public:
    explicit TodayFeature(Shell& shell);
    bool draws(Screen screen) const override { return screen == Screen::Today; }
    void load(const Route& route) override;
    void draw(const Route& route, ScreenContext& screen) override;
    const TodayModel& today() const { return today_; }

  private:
    Shell& shell_;
    TodayModel today_;
};

} // namespace rapport::ui
