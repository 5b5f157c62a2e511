#pragma once
// Planning a conversation: when, how long, how, where, and the questions to
// bring (plan_screen.cpp, plan_questions.cpp); an invite for the calendar.
#include "core/conversation.hpp"
#include "core/message_templates.hpp"
#include "core/question_bank.hpp"
#include "features/plan/plan_actions.hpp"
#include "ui/feature.hpp"

#include <string>
#include <vector>

namespace rapport::ui {

// The form's text as typed, parsed on save.
struct PlanEditor {
    core::Conversation conversation; // id empty for a new one
    std::string person_name;
    std::string date; // "2026-12-02"
    std::string time; // "14:30"
    std::string error;
    core::TemplateValues values; // the person's research, for the questions' placeholders
    int category = 0;            // the bank category shown under "Add questions"
    std::string own_question;    // a question for this conversation only
    bool show_questions = false; // opened to the questions (--screen questions)
};

class PlanFeature final : public Feature {
  public:
    explicit PlanFeature(Shell& shell);
    std::optional<Route> route_for(const std::string& request) override;
    bool draws(Screen screen) const override { return screen == Screen::PlanConversation; }
    bool launch(const Route& route) override;
    void load(const Route& route) override;
    void draw(const Route& route, ScreenContext& screen) override;
    const PlanEditor& editor() const { return editor_; }

  private:
    void begin(const PlanConversation& a);
    void save_plan();
    void export_invite(const std::string& conversation_id);

    Shell& shell_;
    PlanEditor editor_;
    std::vector<core::Question> bank_; // for "Add questions"
};

} // namespace rapport::ui
