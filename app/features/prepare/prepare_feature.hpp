#pragma once
// Prepare: the question bank by category, your own questions (add, edit,
// archive) and the way to the elevator speech (prepare_screen.cpp).
#include "core/question_bank.hpp"
#include "features/prepare/prepare_actions.hpp"
#include "ui/feature.hpp"
#include "ui/icons.hpp"

#include <string>
#include <vector>

namespace rapport::ui {

// Your own question as typed: a new one, or an edit of `editing`.
struct QuestionForm {
    std::string text;
    int category = 0;
    std::string editing; // the id of your question being edited
};

class PrepareFeature final : public Feature {
  public:
    explicit PrepareFeature(Shell& shell);
    std::vector<NavigationSlot> navigation() const override {
        return {{NavigationSlot::Kind::Tab, Screen::Prepare, icon::kDescription, 2}};
    }
    bool draws(Screen screen) const override { return screen == Screen::Prepare; }
    void load(const Route& route) override;
    void draw(const Route& route, ScreenContext& screen) override;

  private:
    Shell& shell_;
    std::vector<core::Question> questions_; // the bank, archived ones too
    QuestionForm form_;
};

} // namespace rapport::ui
