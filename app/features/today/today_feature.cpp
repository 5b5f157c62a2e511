#include "features/today/today_feature.hpp"

#include "core/calendar.hpp"
#include "store/demo_data.hpp"

namespace rapport::ui {

TodayFeature::TodayFeature(Shell& shell) : shell_(shell) {
    shell_.actions().handle<LoadDemo>([this](LoadDemo&) {
        store::DemoSummary summary;
        if (store::Error e = store::fill_demo(shell_.store(), store::kDefaultDemoPeople, summary))
            return shell_.show_error(e);
        shell_.people_changed();
        shell_.model().welcome = !shell_.store().prepare().has_profile();
        shell_.notify("Added " + std::to_string(summary.people) + " demo people");
    });
    shell_.actions().handle<ShowTodaySection>(
        [this](ShowTodaySection& a) { scroll_to_ = a.section; });
}

// What is overdue or due by the end of today, first.
void TodayFeature::load(const Route&) {
    store::Store& store = shell_.store();
    const core::Clock& clock = store.clock();
    const core::Millis now = shell_.model().now;
    const core::Millis end_of_today = core::start_of_local_day(now, clock) + core::kDay;
    TodayModel& today = today_;
    today.counts = store.dashboard().pipeline_counts();
    today.due = store.follow_ups().due(end_of_today - 1);
    today.due_today = store.follow_ups().count_due(end_of_today - 1);
    today.due_this_week = store.follow_ups().count_due(end_of_today + 6 * core::kDay);
    today.soon = store.follow_ups().due_between(end_of_today, end_of_today + 6 * core::kDay, 20);
    today.inbox = store.notes().count_inbox();
    today.upcoming = store.conversations().upcoming(now, 5);
    today.losing_touch = store.dashboard().losing_touch(now, 10);
    const core::Millis month_start =
        core::start_of_local_day(now, clock) -
        static_cast<core::Millis>(core::day_of_month(now, clock) - 1) * core::kDay;
    today.met_this_month = store.conversations().count_held_between(month_start, now + 1);
}

} // namespace rapport::ui
