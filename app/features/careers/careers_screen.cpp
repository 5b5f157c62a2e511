// Careers: the options you are weighing, ranked by interest and by how much
// you have heard about them; each with its evidence from conversations.
#include "core/career.hpp"
#include "features/careers/careers_feature.hpp"
#include "ui/context.hpp"
#include "ui/icons.hpp"
#include "ui/screens/screen.hpp"
#include "ui/shell_actions.hpp"
#include "ui/widgets/app_bar.hpp"
#include "ui/widgets/button.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/chip.hpp"
#include "ui/widgets/empty_state.hpp"
#include "ui/widgets/text.hpp"
#include "ui/widgets/text_field.hpp"

#include <array>
#include <string>

namespace rapport::ui {
namespace {

constexpr std::array<std::string_view, 5> kInterest = {"1", "2", "3", "4", "5"};

std::string evidence_line(const CareersFeature::CareerRow& row) {
    return std::to_string(row.pros) + " pro · " + std::to_string(row.cons) + " con · " +
           std::to_string(row.open) + " open · interest " + std::to_string(row.option.interest) +
           "/5";
}

} // namespace

void CareersFeature::draw_list(ScreenContext& screen) {
    app_bar("Careers", Leading::None);
    begin_body("careers");
    if (careers_.empty())
        empty_state("no-careers", icon::kWork, "No career options yet",
                    "Add the paths you are weighing. From any answer in Compare answers, one tap "
                    "files it here as a pro, a con or an open question.");
    for (const CareersFeature::CareerRow& row : careers_) {
        ImGui::PushID(row.option.id.c_str());
        const std::string line = evidence_line(row);
        ListCard card;
        card.id = row.option.id;
        card.title = row.option.title;
        card.subtitle = line;
        card.icon = icon::kWork;
        if (list_card(card)) screen.actions.add(OpenScreen{{Screen::Career, row.option.id}});
        ImGui::PopID();
    }
    section_header("Add an option");
    begin_panel("add");
    text_field("Career option", new_career_, "e.g. UX researcher");
    paragraph(ctx().fonts.secondary, colors().muted, "How interested are you? (1–5)");
    const int tapped = chip_row(kInterest.data(), 5, new_career_interest_ - 1);
    if (tapped >= 0) new_career_interest_ = tapped + 1;
    if (button("Add option", ButtonKind::Filled) &&
        new_career_.find_first_not_of(' ') != std::string::npos) {
        screen.actions.add(AddCareer{new_career_, new_career_interest_});
        new_career_.clear();
    }
    end_panel();
    end_body();
}

void CareersFeature::draw_option(const std::string& id, ScreenContext& screen) {
    const CareersFeature::CareerRow* row = nullptr;
    for (const CareersFeature::CareerRow& r : careers_)
        if (r.option.id == id) row = &r;
    if (app_bar(row ? row->option.title : "Career option", Leading::Back).leading)
        screen.actions.add(GoBack{});
    begin_body("career");
    if (!row) {
        end_body();
        return;
    }
    paragraph(ctx().fonts.secondary, colors().muted, "Interest");
    const int tapped = chip_row(kInterest.data(), 5, row->option.interest - 1);
    if (tapped >= 0 && tapped + 1 != row->option.interest)
        screen.actions.add(SetInterest{id, tapped + 1});
    for (const auto& kind : core::evidence_kind_names()) {
        bool header = false;
        for (const EvidenceRow& e : evidence_) {
            if (e.evidence.kind != kind.value) continue;
            if (!header) section_header(std::string(kind.label) + "s");
            header = true;
            ImGui::PushID(e.evidence.id.c_str());
            begin_panel("evidence");
            paragraph(ctx().fonts.body, colors().text, e.evidence.text);
            if (!e.who.empty()) paragraph(ctx().fonts.secondary, colors().muted, "— " + e.who);
            end_panel();
            ImGui::PopID();
        }
    }
    if (evidence_.empty())
        paragraph(ctx().fonts.secondary, colors().muted,
                  "No evidence yet: file answers from Compare answers, or notes from a person's "
                  "timeline.");
    end_body();
}

} // namespace rapport::ui
