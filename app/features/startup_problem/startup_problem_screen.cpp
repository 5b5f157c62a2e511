#include "features/startup_problem/startup_problem_screen.hpp"

#include "ui/context.hpp"
#include "ui/metrics.hpp"
#include "ui/screens/screen.hpp"
#include "ui/widgets/button.hpp"
#include "ui/widgets/text.hpp"

#include <imgui.h>

namespace rapport::ui {

ProblemChoice draw_startup_problem(const StartupProblem& problem) {
    ProblemChoice choice = ProblemChoice::None;
    begin_body("startup-problem");
    ImGui::Dummy(ImVec2(0, em(2.0f)));
    paragraph(ctx().fonts.title, colors().text, "Rapport cannot open your notes");
    ImGui::Dummy(ImVec2(0, em(0.5f)));
    paragraph(ctx().fonts.body, colors().text, problem.message);
    ImGui::Dummy(ImVec2(0, em(0.5f)));
    paragraph(ctx().fonts.secondary, colors().muted,
              "Nothing has been written to the file. Try again once the cause is gone, or quit.");
    ImGui::Dummy(ImVec2(0, em(1.0f)));
    if (button("Try again", ButtonKind::Filled)) choice = ProblemChoice::TryAgain;
    ImGui::SameLine(0, em(metrics::kGap));
    if (button("Quit", ButtonKind::Tonal)) choice = ProblemChoice::Quit;
    end_body();
    return choice;
}

} // namespace rapport::ui
