#include "features/follow_ups/follow_ups_feature.hpp"

#include "core/calendar.hpp"
#include "store/store.hpp"

namespace rapport::ui {

FollowUpsFeature::FollowUpsFeature(Shell& shell) : shell_(shell) {
    shell_.actions().handle<CompleteFollowUp>([this](CompleteFollowUp& a) {
        store::Store& store = shell_.store();
        if (store::Error e = store.complete_follow_up(a.id, store.clock().now()))
            return shell_.show_error(e);
        shell_.people_changed();
        shell_.notify("Done");
    });
    shell_.actions().handle<SnoozeFollowUp>([this](SnoozeFollowUp& a) {
        store::Store& store = shell_.store();
        const core::Millis tomorrow = store.clock().now() + core::kDay;
        if (store::Error e = store.snooze_follow_up(a.id, tomorrow)) return shell_.show_error(e);
        shell_.people_changed();
        shell_.notify("Snoozed until tomorrow");
    });
}

} // namespace rapport::ui
