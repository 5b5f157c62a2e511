// Today: what is due, what is coming, who is slipping away. With nothing in
// the store yet it teaches the first steps instead.
#include "ui/context.hpp"
#include "ui/icons.hpp"
#include "ui/screens/screen.hpp"
#include "ui/widgets/app_bar.hpp"
#include "ui/widgets/button.hpp"
#include "ui/widgets/empty_state.hpp"
#include "ui/widgets/stat_tile.hpp"
#include "ui/widgets/text.hpp"

namespace rapport::ui {

void draw_today(ScreenContext& screen) {
    const BarResult bar = screen.layout.compact
                              ? app_bar("Today", Leading::None, {{"Settings", icon::kSettings}})
                              : app_bar("Today", Leading::None);
    if (bar.action == 0) screen.actions.add(OpenScreen{{Screen::Settings, {}}});

    begin_body("today");
    const Stat stats[] = {{0, "due today"}, {0, "this week"}, {0, "met this term"}};
    stat_row(stats, 3);

    section_header("Start here");
    empty_state("first-steps", icon::kPersonAdd, "Nothing due yet — start with one person",
                "Think of someone whose work you are curious about: a professor, a past "
                "supervisor, a friend of the family, an alumna you found on LinkedIn. Add them, "
                "learn a little about their path, then ask for a 15-minute conversation. "
                "Rapport reminds you when to follow up.");
    if (button("Go to People", ButtonKind::Filled)) screen.actions.add(SwitchTab{Screen::People});
    ImGui::SameLine();
    if (button("Capture a note")) screen.actions.add(OpenScreen{{Screen::Capture, {}}});

    if (screen.model.notes > 0) {
        section_header("Inbox");
        paragraph(ctx().fonts.secondary, colors().muted,
                  std::to_string(screen.model.notes) +
                      (screen.model.notes == 1 ? " captured note" : " captured notes") +
                      " waiting to be filed under a person.");
    }
    end_body();
}

} // namespace rapport::ui
