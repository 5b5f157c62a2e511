#pragma once
// The window's client when the database cannot be opened: shows why
// (features/startup_problem/startup_problem_screen.hpp) until the user tries again or quits.
#include "features/startup_problem/startup_problem_screen.hpp"
#include "platform/app_client.hpp"
#include "ui/context.hpp"
#include "ui/preferences.hpp"

namespace rapport {

class ProblemClient final : public platform::AppClient {
  public:
    ProblemClient(ui::StartupProblem problem, ui::ThemeKind theme);
    void load_fonts(float content_scale) override;
    platform::FrameOutcome frame() override;
    void on_request(const std::string&) override {}
    void on_files_dropped(const std::vector<std::string>&) override {}
    void on_close() override {}
    bool keyboard_on_hold() const override { return false; }

    ui::ProblemChoice choice() const { return choice_; }

  private:
    ui::StartupProblem problem_;
    ui::Context context_;
    ui::ProblemChoice choice_ = ui::ProblemChoice::None;
};

} // namespace rapport
