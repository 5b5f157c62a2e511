#pragma once
// What a new conversation starts with: the guide's rules, in one place for
// every screen and entry point that plans or starts one.
#include "core/clock.hpp"
#include "core/conversation.hpp"
#include "core/message_templates.hpp"
#include "core/question_bank.hpp"

#include <vector>

namespace rapport::core {

// How many of the bank's first questions a conversation without a plan uses.
constexpr size_t kStarterQuestions = 6;

// The guide's six starter questions, in order, filled from the person's research.
std::vector<PlannedQuestion> starter_questions(const std::vector<Question>& bank,
                                               const TemplateValues& values);

// A new plan: tomorrow at 10:00 local time.
Millis default_plan_time(Millis now, const Clock& clock);

} // namespace rapport::core
