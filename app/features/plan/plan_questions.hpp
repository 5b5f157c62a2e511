#pragma once
// The plan's questions: ordered, removable, added from the bank or typed.
#include "core/question_bank.hpp"
#include "features/plan/plan_feature.hpp"

#include <vector>

namespace rapport::ui {

void plan_questions(PlanEditor& plan, const std::vector<core::Question>& bank);

} // namespace rapport::ui
