#pragma once
// Today: what is due, what is coming, who is slipping away, and a big way to
// capture; the first run's welcome and first steps (today_screen.cpp).
#include "features/today/today_actions.hpp"
#include "store/store.hpp"
#include "ui/feature.hpp"
#include "ui/icons.hpp"

#include <limits>
#include <optional>
#include <vector>

namespace rapport::ui {

struct TodayModel {
    std::vector<store::DueFollowUp> due;    // overdue and due today: the first 100
    int due_today = 0;                      // all of them
    std::vector<store::DueFollowUp> soon;   // due in the next six days, after today
    int due_this_week = 0;                  // due today and soon
    int later = 0;                          // scheduled after the next six days
    std::optional<core::Millis> next_later; // the first of those
    int inbox = 0;                          // notes filed under nobody yet
    // A capture typed and never filed (the app or the page closed before
    // Done took): its first words, shown until it is finished.
    std::string unfiled_draft;
    // Planned conversations that ended in the last three hours without
    // notes: each asks for them at the top of Today.
    std::vector<store::EndedConversation> just_ended;
    std::vector<store::UpcomingConversation> upcoming;
    std::vector<store::LosingTouch> losing_touch;
    int met_this_month = 0;
    std::vector<store::StageCount> counts; // the pipeline
};

class TodayFeature final : public Feature {
  public:
    explicit TodayFeature(Shell& shell);
    std::vector<NavigationSlot> navigation() const override {
        return {{NavigationSlot::Kind::Tab, Screen::Today, icon::kHome, 0}};
    }
    bool draws(Screen screen) const override {
        return screen == Screen::Today || screen == Screen::Scheduled;
    }
    void load(const Route& route) override;
    void draw(const Route& route, ScreenContext& screen) override;
    bool leave(const Route& route) override;
    bool tick() override;
    void report(const Route& route, FrameReport& report) const override;
    const TodayModel& today() const { return today_; }

  private:
    static constexpr core::Millis kForever = std::numeric_limits<core::Millis>::max();
    static constexpr int kScheduledShown = 300;
    // Everything scheduled after today, soonest first (Screen::Scheduled).
    void draw_scheduled(ScreenContext& screen);

    Shell& shell_;
    TodayModel today_;
    std::vector<store::DueFollowUp> scheduled_;
    int scheduled_total_ = 0;
    TodaySection scroll_to_ = TodaySection::None; // brought into view next frame
    // When what Today shows changes by itself: an upcoming conversation
    // ends, or a just-ended one stops being just.
    std::optional<core::Millis> changes_at_;
};

} // namespace rapport::ui
