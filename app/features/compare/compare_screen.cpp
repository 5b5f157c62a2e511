// Compare answers: one question, every answer from every conversation side
// by side, with who said it, their role and when: "a typical day" across
// five careers at a glance.
#include "core/person.hpp"
#include "features/careers/careers_actions.hpp"
#include "features/compare/compare_feature.hpp"
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
#include "ui/wording.hpp"

#include <algorithm>

namespace rapport::ui {
namespace {

// Answers drawn at a time. Past a few dozen nobody compares side by side,
// and an unbounded list would cost a frame per answer and, on the web
// (16-bit indices, no vertex offsets), overflow one draw list.
constexpr int kAnswersPerPage = 30;

} // namespace

void CompareFeature::draw(const Route&, ScreenContext& screen) {
    if (app_bar("Compare answers", Leading::Back).leading) screen.actions.add(GoBack{});
    begin_body("compare");
    paragraph(ctx().fonts.title, colors().text, question_);
    if (const size_t n = answers_.size(); n > 1)
        paragraph(ctx().fonts.secondary, colors().muted,
                  std::to_string(n) + " answers, newest first");
    ImGui::Dummy(ImVec2(0, em(0.25f)));
    if (answers_.empty() && loading_) {
        paragraph(ctx().fonts.secondary, colors().muted, "Loading…");
    } else if (answers_.empty()) {
        empty_state("no-answers", icon::kDescription, "No answers yet",
                    "Ask this in a conversation and note the answer in conversation mode; every "
                    "answer shows here side by side.");
    }
    // How many are shown is view state, like the scroll position: kept by
    // ImGui per question, reset when the screen is left.
    int& shown = *ImGui::GetStateStorage()->GetIntRef(ImGui::GetID("shown"), kAnswersPerPage);
    const int total = static_cast<int>(answers_.size());
    for (int i = 0; i < std::min(shown, total); ++i) {
        const store::Answer& a = answers_[static_cast<size_t>(i)];
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
        screen.actions.ask(FileEvidenceControl{
            screen, a.conversation_id + ":" + std::to_string(a.position), evidence});
        end_panel();
        ImGui::PopID();
    }
    if (total > shown) {
        const int next = std::min(kAnswersPerPage, total - shown);
        if (button("Show " + std::to_string(next) + " more (" + std::to_string(total - shown) +
                       " left)",
                   ButtonKind::Tonal))
            shown += next;
    }
    end_body();
}

} // namespace rapport::ui
