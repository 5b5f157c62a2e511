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
#include "ui/widgets/name_picker.hpp"
#include "ui/widgets/text.hpp"
#include "ui/widgets/text_area.hpp"
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
    const bool named = new_career_.find_first_not_of(" \t") != std::string::npos;
    if (text_field("Career option", new_career_, "e.g. UX researcher")) new_career_unnamed_ = false;
    const bool entered = text_field_entered(); // Enter adds it, as the button does
    if (new_career_unnamed_)
        paragraph(ctx().fonts.secondary, colors().late, "Type the option's name first");
    paragraph(ctx().fonts.secondary, colors().muted, "How interested are you? (1–5)");
    const int tapped = chip_row(kInterest.data(), 5, new_career_interest_ - 1);
    if (tapped >= 0) new_career_interest_ = tapped + 1;
    if (button("Add option", ButtonKind::Filled) || entered) {
        if (named) {
            screen.actions.add(AddCareer{new_career_, new_career_interest_});
            new_career_.clear();
        }
        new_career_unnamed_ = !named; // a tap that does nothing says why
    }
    end_panel();
    end_body();
}

void CareersFeature::draw_option(const std::string& id, ScreenContext& screen) {
    const CareersFeature::CareerRow* row = nullptr;
    for (const CareersFeature::CareerRow& r : careers_)
        if (r.option.id == id) row = &r;
    const BarResult bar = app_bar(row ? editor_.option.title : "Career option", Leading::Back,
                                  {{"Delete", icon::kDelete}});
    if (bar.leading) screen.actions.add(GoBack{});
    begin_body("career");
    if (!row || editor_.option.id != id) {
        empty_state("gone", icon::kWork, "This option is not here any more",
                    "It may have been deleted.");
        end_body();
        return;
    }
    if (bar.action == 0) screen.actions.add(DeleteCareer{id});
    paragraph(ctx().fonts.secondary, colors().muted, "Interest");
    const int tapped = chip_row(kInterest.data(), 5, editor_.option.interest - 1);
    if (tapped >= 0 && tapped + 1 != editor_.option.interest)
        screen.actions.add(SetInterest{id, tapped + 1});
    draw_evidence(screen);
    draw_add_evidence(screen);
    draw_about(screen);
    draw_compare_with(screen);
    end_body();
}

void CareersFeature::draw_evidence(ScreenContext& screen) {
    for (const auto& kind : core::evidence_kind_names()) {
        bool header = false;
        for (const EvidenceRow& e : evidence_) {
            if (e.evidence.kind != kind.value) continue;
            if (!header) section_header(std::string(kind.label) + "s");
            header = true;
            ImGui::PushID(e.evidence.id.c_str());
            begin_panel("evidence");
            paragraph(ctx().fonts.body, colors().text, e.evidence.text);
            // Who it came from, and Remove at the row's end.
            const float remove_w = text_width(ctx().fonts.body, "Remove") + em(2.0f);
            paragraph(ctx().fonts.secondary, colors().muted, e.who.empty() ? "" : "— " + e.who);
            ImGui::SameLine();
            ImGui::SetCursorScreenPos(
                ImVec2(content_right() - remove_w, ImGui::GetCursorScreenPos().y));
            if (button("Remove", ButtonKind::Quiet, remove_w))
                screen.actions.add(RemoveEvidence{e.evidence.id});
            end_panel();
            ImGui::PopID();
        }
    }
    if (evidence_.empty())
        paragraph(ctx().fonts.secondary, colors().muted,
                  "No evidence yet: add what you have heard below, or file answers from Compare "
                  "answers and notes from a person's timeline.");
}

void CareersFeature::draw_add_evidence(ScreenContext& screen) {
    CareerEditor& e = editor_;
    section_header("Add evidence");
    begin_panel("add-evidence");
    const std::string_view kinds[] = {"Pro", "Con", "Open question"};
    const int kind = chip_row(kinds, 3, e.evidence_kind);
    if (kind >= 0) e.evidence_kind = kind;
    text_field("What you heard or think", e.evidence_text, "e.g. Most of the job is fieldwork");
    const bool entered = text_field_entered();
    end_panel();
    // Who it came from: a picker of its own, below (panels do not nest).
    if (e.from_id.empty()) {
        if (auto pick = name_picker("from", "From (optional)", e.from_query, false,
                                    screen.model.names, PickKind::Optional)) {
            e.from_id = pick->person_id;
            e.from_name = pick->name;
            e.from_query.clear();
        }
    } else {
        paragraph(ctx().fonts.secondary, colors().muted, "From " + e.from_name);
        if (button("Not from " + e.from_name, ButtonKind::Quiet)) e.from_id.clear();
    }
    const bool has_text = e.evidence_text.find_first_not_of(" \t") != std::string::npos;
    if ((button("Add", ButtonKind::Filled) || entered) && has_text) {
        FileEvidence filed;
        filed.career_id = e.option.id;
        filed.kind = static_cast<core::EvidenceKind>(e.evidence_kind);
        filed.text = e.evidence_text;
        filed.person_id = e.from_id;
        screen.actions.add(filed);
        e.evidence_text.clear();
        e.from_id.clear();
        e.from_name.clear();
    }
}

void CareersFeature::draw_about(ScreenContext&) {
    section_header("About this option");
    begin_panel("about");
    bool changed = text_field("Name", editor_.option.title);
    changed |= text_field("Field", editor_.option.field, "e.g. public health");
    paragraph(ctx().fonts.secondary, colors().muted, "Notes");
    changed |= text_area("##career-notes", editor_.option.notes, ImVec2(-1.0f, em(6.0f)),
                         "What draws you to it, what worries you", false)
                   .changed;
    if (changed) editor_.autosave.edited(ImGui::GetTime());
    if (editor_.option.title.find_first_not_of(" \t") == std::string::npos)
        paragraph(ctx().fonts.secondary, colors().late, "An option needs a name");
    end_panel();
}

void CareersFeature::draw_compare_with(ScreenContext& screen) {
    if (careers_.size() < 2) return;
    section_header("Side by side");
    for (const CareerRow& other : careers_) {
        if (other.option.id == editor_.option.id) continue;
        ImGui::PushID(other.option.id.c_str());
        if (button("Beside " + other.option.title))
            screen.actions.add(
                OpenScreen{{Screen::CareerCompare, editor_.option.id + "," + other.option.id}});
        ImGui::PopID();
    }
}

} // namespace rapport::ui
