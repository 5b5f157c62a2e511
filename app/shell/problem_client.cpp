#include "shell/problem_client.hpp"

#include "ui/fonts.hpp"
#include "ui/screens/screen.hpp"
#include "ui/theme.hpp"

#include <algorithm>
#include <imgui.h>

namespace rapport {

ProblemClient::ProblemClient(ui::StartupProblem problem, ui::ThemeKind theme)
    : problem_(std::move(problem)) {
    context_.theme = theme;
    context_.palette = &ui::palette_for(theme);
}

void ProblemClient::load_fonts(float content_scale) {
    context_.scale = std::max(0.5f, content_scale);
    context_.fonts = ui::load_fonts(*ImGui::GetIO().Fonts, context_.scale);
    ui::apply_style(ImGui::GetStyle(), *context_.palette, context_.scale);
}

platform::FrameOutcome ProblemClient::frame() {
    ImGuiIO& io = ImGui::GetIO();
    io.UserData = &context_;
    context_.hits.begin_frame();
    context_.animating = false;
    ui::begin_root_window("##problem");
    // A readable column, centred on wide windows.
    const float width = std::min(io.DisplaySize.x, ui::em(36.0f));
    ImGui::SetCursorPos(ImVec2((io.DisplaySize.x - width) * 0.5f, 0));
    ImGui::BeginChild("##column", ImVec2(width, io.DisplaySize.y), false,
                      ImGuiWindowFlags_NoBackground);
    const ui::ProblemChoice choice = ui::draw_startup_problem(problem_);
    ImGui::EndChild();
    ImGui::End();
    if (choice != ui::ProblemChoice::None) choice_ = choice;

    platform::FrameOutcome outcome;
    outcome.needs.animating = context_.animating;
    outcome.quit = choice_ != ui::ProblemChoice::None;
    return outcome;
}

} // namespace rapport
