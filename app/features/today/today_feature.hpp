#pragma once
// Today: what is due, what is coming, who is slipping away, and a big way to
// capture; the first run's welcome and first steps (today_screen.cpp).
#include "store/store.hpp"
#include "ui/feature.hpp"

#include <vector>

namespace rapport::ui {

struct TodayModel {
    std::vector<store::DueFollowUp> due;  // overdue and due today: the first 100
    int due_today = 0;                    // all of them
    std::vector<store::DueFollowUp> soon; // due in the next six days, after today
    int due_this_week = 0;                // due today and soon
    int inbox = 0;                        // notes filed under nobody yet
    std::vector<store::UpcomingConversation> upcoming;
    std::vector<store::LosingTouch> losing_touch;
    int met_this_month = 0;
    std::vector<store::StageCount> counts; // the pipeline
};

struct LoadDemo {};
// A tile on Today was tapped: it opens what it counts.
enum class TodaySection { None, Due, Soon };
struct ShowTodaySection {
    TodaySection section;
};

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
    TodaySection scroll_to_ = TodaySection::None; // brought into view next frame
};

} // namespace rapport::ui
