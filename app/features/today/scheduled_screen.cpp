// Coming up: every follow-up scheduled after today, soonest first, under a
// heading for each day, each done or snoozed again from here. Today counts
// them in one line; this is where that line leads.
#include "features/follow_ups/follow_ups_actions.hpp"
#include "features/today/today_feature.hpp"
#include "ui/context.hpp"
#include "ui/icons.hpp"
#include "ui/screens/screen.hpp"
#include "ui/shell_actions.hpp"
#include "ui/widgets/app_bar.hpp"
#include "ui/widgets/empty_state.hpp"
#include "ui/widgets/text.hpp"
#include "ui/wording.hpp"

#include <optional>
#include <string>

namespace rapport::ui {

void TodayFeature::draw_scheduled(ScreenContext& screen) {
    if (app_bar("Coming up", Leading::Back).leading) screen.actions.add(GoBack{});
    begin_body("scheduled");
    if (scheduled_.empty()) {
        empty_state("scheduled-empty", icon::kEvent, "Nothing scheduled",
                    "Thank-yous, nudges, check-ins and your own reminders show here once "
                    "they are set for a later day.");
        end_body();
        return;
    }
    const core::FrozenClock clock = clock_of(screen.model);
    const long long today = core::local_day(screen.model.now, clock);
    std::optional<long long> shown_day;
    for (const store::DueFollowUp& due : scheduled_) {
        const long long day = core::local_day(due.follow_up.due, clock);
        if (day != shown_day) {
            section_header(day == today + 1
                               ? std::string("Tomorrow")
                               : day_label(core::local_date(due.follow_up.due, clock)));
            shown_day = day;
        }
        screen.actions.ask(FollowUpCard{screen, due});
    }
    if (const int more = scheduled_total_ - static_cast<int>(scheduled_.size()); more > 0)
        paragraph(ctx().fonts.secondary, colors().muted,
                  "And " + std::to_string(more) +
                      " more after these. People, sorted by next action, lists them all.");
    end_body();
}

} // namespace rapport::ui
