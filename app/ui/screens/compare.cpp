// Compare answers: one question, every answer from every conversation side
// by side, with who said it, their role and when: "a typical day" across
// five careers at a glance.
#include "core/person.hpp"
#include "ui/context.hpp"
#include "ui/icons.hpp"
#include "ui/screens/screen.hpp"
#include "ui/screens/wording.hpp"
#include "ui/widgets/app_bar.hpp"
#include "ui/widgets/button.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/chip.hpp"
#include "ui/widgets/empty_state.hpp"
#include "ui/widgets/text.hpp"

namespace rapport::ui {

namespace {

// One tap from an answer to evidence under a career option.
void file_evidence(ScreenContext& screen, const store::Answer& a) {
    const std::string key = a.conversation_id + ":" + std::to_string(a.position);
    if (ctx().filing != key) {
        if (button("File under a career", ButtonKind::Quiet)) ctx().filing = key;
        return;
    }
    if (screen.model.careers.empty()) {
        paragraph(ctx().fonts.secondary, colors().muted, "Add a career option in Careers first.");
        return;
    }
    const std::string_view kinds[] = {"Pro", "Con", "Open question"};
    const int kind = chip_row(kinds, 3, ctx().filing_kind);
    if (kind >= 0) ctx().filing_kind = kind;
    for (const ReadModel::CareerRow& row : screen.model.careers) {
        ImGui::PushID(row.option.id.c_str());
        if (button("File under " + row.option.title)) {
            screen.actions.add(FileEvidence{row.option.id,
                                            static_cast<core::EvidenceKind>(ctx().filing_kind),
                                            a.answer, a.conversation_id, a.position});
            ctx().filing.clear();
        }
        ImGui::PopID();
    }
}

} // namespace

void draw_compare(ScreenContext& screen) {
    if (app_bar("Compare answers", Leading::Back).leading) screen.actions.add(GoBack{});
    begin_body("compare");
    paragraph(ctx().fonts.title, colors().text, screen.model.compared_question);
    ImGui::Dummy(ImVec2(0, em(0.25f)));
    if (screen.model.answers.empty()) {
        empty_state("no-answers", icon::kDescription, "No answers yet",
                    "Ask this in a conversation and note the answer in conversation mode; every "
                    "answer shows here side by side.");
    }
    for (const store::Answer& a : screen.model.answers) {
        ImGui::PushID((a.conversation_id + std::to_string(a.position)).c_str());
        begin_panel("answer");
        paragraph(ctx().fonts.body, colors().text, a.person_name);
        paragraph(ctx().fonts.secondary, colors().muted,
                  role_at(a.role, a.organisation) + " · " + ago(a.when, screen.model));
        ImGui::Dummy(ImVec2(0, em(0.2f)));
        paragraph(ctx().fonts.body, colors().text, a.answer);
        file_evidence(screen, a);
        end_panel();
        ImGui::PopID();
    }
    end_body();
}

} // namespace rapport::ui
