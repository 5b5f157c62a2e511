#include "features/follow_ups/follow_ups_feature.hpp"

#include "core/calendar.hpp"
#include "features/follow_ups/follow_up_card.hpp"
#include "store/store.hpp"
#include "ui/wording.hpp"

namespace rapport::ui {
namespace {

// Where a snoozed follow-up went, so it is found again: "Snoozed to Mon
// 21 Dec, 09:00 · see Coming up" (Today's "N more later" opens it).
std::string snoozed_text(core::Millis until, const ReadModel& model) {
    const core::DueWindows window = core::due_windows(model.now, clock_of(model));
    const char* where = until < window.end_of_today  ? "still due today"
                        : until < window.end_of_soon ? "under Due soon"
                                                     : "see Coming up";
    return "Snoozed to " + day_and_time(until, model) + " · " + where;
}

} // namespace

FollowUpsFeature::FollowUpsFeature(Shell& shell) : shell_(shell) {
    ActionBus& bus = shell_.actions();
    bus.handle<CompleteFollowUp>([this](CompleteFollowUp& a) {
        store::Store& store = shell_.store();
        if (store::Error e = store.follow_ups().complete(a.id, store.clock().now()))
            return shell_.show_error(e);
        snoozing_.clear();
        shell_.people_changed();
        shell_.notify("Done");
    });
    bus.handle<SnoozeFollowUp>([this](SnoozeFollowUp& a) {
        snoozing_ = snoozing() == a.id ? std::string() : a.id;
        snoozing_page_ = shell_.navigator().page();
    });
    bus.handle<SnoozeUntil>([this](SnoozeUntil& a) {
        store::Store& store = shell_.store();
        const core::Millis until =
            a.day ? core::morning_of(*a.day, store.clock())
                  : core::snooze_until(a.choice, store.clock().now(), store.clock());
        if (store::Error e = store.follow_ups().snooze(a.id, until)) return shell_.show_error(e);
        snoozing_.clear();
        shell_.people_changed();
        shell_.notify(snoozed_text(until, shell_.model()));
    });
    bus.handle<RecordReply>([this](RecordReply& a) {
        store::Store& store = shell_.store();
        if (store::Error e = store.messages().record_reply(a.person_id, store.clock().now()))
            return shell_.show_error(e);
        snoozing_.clear();
        shell_.people_changed();
        shell_.notify("Reply noted · nudges stopped · plan the conversation next");
    });
    bus.serve<FollowUpCard>([this](FollowUpCard& r) {
        follow_up_card(r.screen, r.due, snoozing() == r.due.follow_up.id);
    });
    bus.serve<CloseSnoozeChoices>([this](CloseSnoozeChoices& r) { r.closed = close_choices(); });
    bus.handle<AddReminder>([this](AddReminder& a) {
        store::Store& store = shell_.store();
        core::FollowUp reminder;
        reminder.person_id = a.person_id;
        reminder.kind = core::FollowUpKind::Custom;
        reminder.title = a.title;
        reminder.due = a.day ? core::morning_of(*a.day, store.clock())
                             : core::morning_in_days(a.days, store.clock().now(), store.clock());
        if (store::Error e = store.follow_ups().add(reminder)) return shell_.show_error(e);
        shell_.people_changed();
        shell_.notify("Reminder set for " +
                      (a.day ? day_label(*a.day) : day_and_time(reminder.due, shell_.model())));
    });
}

const std::string& FollowUpsFeature::snoozing() const {
    static const std::string none;
    return snoozing_page_ == shell_.navigator().page() ? snoozing_ : none;
}

bool FollowUpsFeature::close_choices() {
    const bool open = !snoozing().empty();
    snoozing_.clear();
    return open;
}

} // namespace rapport::ui
