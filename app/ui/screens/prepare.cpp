// Prepare: the questions to bring and the elevator speech to give.
#include "ui/context.hpp"
#include "ui/icons.hpp"
#include "ui/screens/screen.hpp"
#include "ui/widgets/app_bar.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/empty_state.hpp"
#include "ui/widgets/text.hpp"

#include <array>
#include <string>

namespace rapport::ui {

void draw_prepare(ScreenContext&) {
    app_bar("Prepare", Leading::None);
    begin_body("prepare");
    section_header("Starter questions");
    // The six questions the guide suggests for opening a conversation.
    static constexpr std::array<const char*, 6> kStarters = {
        "Can you tell me about your career path and how you got here?",
        "What do you do in a typical day?",
        "Who was your mentor in this field?",
        "What aspects of this job do you like or dislike?",
        "Would you recommend any specific courses to take?",
        "Are there any additional certifications or training you would recommend?",
    };
    begin_panel("starters");
    for (size_t i = 0; i < kStarters.size(); ++i) {
        if (i > 0) ImGui::Dummy(ImVec2(0, em(0.2f)));
        paragraph(ctx().fonts.body, colors().text, std::to_string(i + 1) + ".  " + kStarters[i]);
    }
    end_panel();
    section_header("Elevator speech");
    empty_state("speech", icon::kEdit, "Know what you want to say",
                "Who you are, what you are studying or have done, your goals, strengths, a "
                "weakness you are working on, and what you are exploring — in 30 to 60 seconds.");
    end_body();
}

} // namespace rapport::ui
