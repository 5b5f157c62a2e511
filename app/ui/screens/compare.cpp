// Compare answers: one question, every answer from every conversation side
// by side, with who said it, their role and when: "a typical day" across
// five careers at a glance.
#include "core/person.hpp"
#include "ui/context.hpp"
#include "ui/icons.hpp"
#include "ui/screens/file_evidence.hpp"
#include "ui/screens/screen.hpp"
#include "ui/screens/wording.hpp"
#include "ui/widgets/app_bar.hpp"
#include "ui/widgets/button.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/chip.hpp"
#include "ui/widgets/empty_state.hpp"
#include "ui/widgets/text.hpp"

namespace rapport::ui {

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
        FileEvidence evidence;
        evidence.text = a.answer;
        evidence.conversation_id = a.conversation_id;
        evidence.question_position = a.position;
        file_evidence(screen, a.conversation_id + ":" + std::to_string(a.position), evidence);
        end_panel();
        ImGui::PopID();
    }
    end_body();
}

} // namespace rapport::ui
