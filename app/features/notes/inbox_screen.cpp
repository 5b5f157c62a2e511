// The inbox: notes captured about nobody yet, newest first. Each opens
// whole, to be filed under a person (someone new, if need be) or deleted.
#include "features/notes/notes_feature.hpp"
#include "ui/context.hpp"
#include "ui/icons.hpp"
#include "ui/screens/screen.hpp"
#include "ui/shell_actions.hpp"
#include "ui/widgets/app_bar.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/empty_state.hpp"
#include "ui/widgets/text.hpp"
#include "ui/wording.hpp"

namespace rapport::ui {

void NotesFeature::draw_inbox(ScreenContext& screen) {
    if (app_bar("Inbox", Leading::Back).leading) screen.actions.add(GoBack{});
    begin_body("inbox");
    if (inbox_.empty()) {
        empty_state("inbox-empty", icon::kDescription, "Nothing to file",
                    "Notes you capture without picking a person wait here until you file "
                    "them.");
        end_body();
        return;
    }
    paragraph(ctx().fonts.secondary, colors().muted,
              "Captured without a person. Open one to file it under someone, or delete it.");
    for (const core::Note& note : inbox_) {
        ImGui::PushID(note.id.c_str());
        const std::string title = first_lines(note.body, 1, 80);
        const std::size_t first_end = note.body.find('\n');
        const std::string rest =
            first_end == std::string::npos ? "" : first_lines(note.body.substr(first_end), 2, 160);
        const std::string when = ago(note.created_at, screen.model);
        ListCard card;
        card.id = note.id;
        card.title = title;
        card.title_lines = 2; // a one-line thought shows whole
        card.subtitle = when;
        card.detail = rest;
        card.detail_lines = 2;
        card.icon = icon::kDescription;
        if (list_card(card)) screen.actions.add(OpenScreen{{Screen::Note, note.id}});
        ImGui::PopID();
    }
    end_body();
}

} // namespace rapport::ui
