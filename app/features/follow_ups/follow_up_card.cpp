#include "features/follow_ups/follow_up_card.hpp"

#include "features/compose/compose_actions.hpp"
#include "features/follow_ups/follow_ups_feature.hpp"
#include "ui/shell_actions.hpp"

#include "core/person.hpp"
#include "ui/context.hpp"
#include "ui/icons.hpp"
#include "ui/metrics.hpp"
#include "ui/widgets/button.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/chip.hpp"
#include "ui/widgets/date_picker.hpp"
#include "ui/wording.hpp"

#include <imgui_internal.h>
#include <string_view>
#include <vector>

namespace rapport::ui {

void follow_up_card(ScreenContext& screen, const store::DueFollowUp& due, bool snoozing) {
    ImGui::PushID(due.follow_up.id.c_str());
    const std::string title = follow_up_title(due);
    const std::string initials = core::initials(due.person_name);
    const core::DueState state = due_state_of(due.follow_up.due, screen.model);
    const std::string when = when_due(due.follow_up.due, screen.model);
    const std::string detail = follow_up_detail(due);
    const float buttons = 2 * em(metrics::kIconButton) + em(metrics::kGap);
    const float avail = ImGui::GetContentRegionAvail().x;
    // Done and Snooze beside the card, or under it at its right.
    const bool beside = fits_beside_card(buttons);
    ListCard card;
    card.id = due.follow_up.id;
    card.title = title;
    card.title_lines = 2; // a phone is narrow beside two buttons: the whole name
    card.subtitle = detail;
    card.avatar = initials;
    // "When" goes on its own coloured line, so the title keeps the width.
    card.detail = when;
    card.detail_tone = due_tone(state);
    card.width = beside ? avail - buttons - em(metrics::kGap) : avail;
    // Most follow-ups are a message to write: the card opens it, ready.
    if (list_card(card)) {
        using K = core::FollowUpKind;
        switch (due.follow_up.kind) {
        case K::ThankYou:
            screen.actions.add(Compose{due.follow_up.person_id, core::MessageKind::ThankYou, ""});
            break;
        case K::Nudge:
        case K::LastNudge:
            screen.actions.add(Compose{due.follow_up.person_id, core::MessageKind::Nudge, ""});
            break;
        case K::TellReferrer:
            screen.actions.add(Compose{due.follow_up.person_id, core::MessageKind::TellReferrer,
                                       due.about_person_name});
            break;
        case K::KeepInTouch:
            screen.actions.add(
                Compose{due.follow_up.person_id, core::MessageKind::KeepInTouch, ""});
            break;
        case K::Custom:
            screen.actions.add(OpenScreen{{Screen::Person, due.follow_up.person_id}});
            break;
        }
    }
    const ImVec2 next = beside ? beside_card(em(metrics::kIconButton)) : ImVec2();
    if (!beside) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + avail - buttons);
    if (icon_button("Done: " + title, icon::kCheck, true))
        screen.actions.add(CompleteFollowUp{due.follow_up.id});
    ImGui::SameLine(0, em(metrics::kGap));
    if (icon_button("Snooze: " + title, icon::kSchedule))
        screen.actions.add(SnoozeFollowUp{due.follow_up.id});
    if (beside) ImGui::SetCursorScreenPos(next);
    // The clock opens the choices: when to come back to it, and for a
    // nudge, that the answer already came (Today stays one line a card).
    if (snoozing) {
        const bool nudge = due.follow_up.kind == core::FollowUpKind::Nudge ||
                           due.follow_up.kind == core::FollowUpKind::LastNudge;
        if (nudge && button("They replied", ButtonKind::Filled))
            screen.actions.add(RecordReply{due.follow_up.person_id});
        // When to come back to it: a quick choice, or a day picked in the
        // month (its morning, 09:00).
        std::vector<std::string_view> labels;
        for (core::SnoozeChoice choice : core::kSnoozeChoices)
            labels.push_back(core::snooze_label(choice));
        const core::LocalDate today = today_of(screen.model);
        const ChoiceOrDay later = choices_or_day("snooze", std::move(labels), today, today);
        if (later.choice >= 0)
            screen.actions.add(
                SnoozeUntil{due.follow_up.id, core::kSnoozeChoices[later.choice], {}});
        else if (later.day)
            screen.actions.add(
                SnoozeUntil{due.follow_up.id, core::SnoozeChoice::Tomorrow, later.day});
    }
    ImGui::PopID();
}

} // namespace rapport::ui
