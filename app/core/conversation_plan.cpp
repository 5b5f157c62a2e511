#include "core/conversation_plan.hpp"

#include "core/calendar.hpp"

namespace rapport::core {

std::vector<PlannedQuestion> starter_questions(const std::vector<Question>& bank,
                                               const TemplateValues& values) {
    std::vector<PlannedQuestion> questions;
    for (size_t i = 0; i < bank.size() && i < kStarterQuestions; ++i)
        questions.push_back({bank[i].id, fill_placeholders(bank[i].text, values), ""});
    return questions;
}

Millis default_plan_time(Millis now, const Clock& clock) {
    return at_time(add_days(local_date(now, clock), 1), 10, 0, clock);
}

} // namespace rapport::core
