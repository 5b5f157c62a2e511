#include "features/today/today_feature.hpp"

#include "core/text.hpp"

#include "core/calendar.hpp"
#include "core/follow_up_rules.hpp"
#include "features/follow_ups/follow_ups_actions.hpp"
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
    shell_.actions().handle<LetGoEnded>([this](LetGoEnded& a) {
        store::Store& store = shell_.store();
        if (store::Error e = store.end_prompts().let_go(a.conversation_id))
            return shell_.show_error(e);
        shell_.notify("Not asked again", [this, id = a.conversation_id] {
            if (store::Error e = shell_.store().end_prompts().take_up(id)) shell_.show_error(e);
        });
    });
}

bool TodayFeature::tick() {
    if (!changes_at_ || shell_.store().clock().now() < *changes_at_) return false;
    changes_at_.reset();
    return true; // read again: the next frame shows it
}

void TodayFeature::report(const Route& route, FrameReport& report) const {
    if (route.screen != Screen::Today || !changes_at_) return;
    const core::Millis wait = *changes_at_ - shell_.store().clock().now();
    report.wake_within(std::max<double>(0.0, static_cast<double>(wait) / 1000.0));
}

// What is overdue or due by the end of today, first; then the next six
// days; then how much more is scheduled, so nothing moved out of the week
// drops out of sight.
void TodayFeature::load(const Route& route) {
    store::Store& store = shell_.store();
    const core::Millis now = shell_.model().now;
    const core::DueWindows window = core::due_windows(now, store.clock());
    store::FollowUpRepository& follow_ups = store.follow_ups();
    if (route.screen == Screen::Scheduled) {
        scheduled_ = follow_ups.due_between(window.end_of_today, kForever, kScheduledShown);
        scheduled_total_ = follow_ups.count_due(kForever, window.end_of_today);
        return;
    }
    TodayModel& today = today_;
    today.counts = store.dashboard().pipeline_counts();
    today.due = follow_ups.due(window.end_of_today - 1);
    today.due_today = follow_ups.count_due(window.end_of_today - 1);
    today.due_this_week = follow_ups.count_due(window.end_of_soon - 1);
    today.soon = follow_ups.due_between(window.end_of_today, window.end_of_soon - 1, 20);
    today.later = follow_ups.count_due(kForever, window.end_of_soon);
    const std::vector<store::DueFollowUp> next =
        follow_ups.due_between(window.end_of_soon, kForever, 1);
    today.next_later = next.empty() ? std::nullopt : std::optional(next.front().follow_up.due);
    today.inbox = store.notes().count_inbox();
    const std::optional<store::CaptureDraft> draft = store.captures().draft();
    today.unfiled_draft = draft && !core::trim(draft->body).empty() ? draft->body : std::string();
    today.just_ended = store.end_prompts().just_ended(now);
    today.upcoming = store.conversations().upcoming(now, 5);
    changes_at_.reset();
    const auto sooner = [this](core::Millis at) {
        if (!changes_at_ || at < *changes_at_) changes_at_ = at;
    };
    if (const auto next_end = store.end_prompts().next_ask_after(now)) sooner(*next_end);
    for (const store::EndedConversation& e : today.just_ended)
        sooner(e.ended + store::kJustEndedFor + 1);
    today.losing_touch = store.dashboard().losing_touch(now, 10);
    const core::LocalDate date = core::local_date(now, store.clock());
    const core::Millis month_start = core::start_of_day({date.year, date.month, 1}, store.clock());
    today.met_this_month = store.conversations().count_held_between(month_start, now + 1);
}

bool TodayFeature::leave(const Route&) {
    return shell_.actions().ask(CloseSnoozeChoices{}).closed; // Escape closes them first
}

} // namespace rapport::ui
