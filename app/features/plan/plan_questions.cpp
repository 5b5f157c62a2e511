// The questions a plan brings, in the order they will be asked: move one up
// or down with a tap (no drag needed), remove it, add more from the bank by
// category or write one for this conversation. Placeholders are filled from
// the person's research when they are added; an empty field stays a visible
// [gap] to research or reword before the conversation.
#include "features/plan/plan_questions.hpp"
#include "core/message_templates.hpp"
#include "core/question_bank.hpp"
#include "ui/context.hpp"
#include "ui/icons.hpp"
#include "ui/metrics.hpp"
#include "ui/widgets/button.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/chip.hpp"
#include "ui/widgets/text.hpp"
#include "ui/widgets/text_field.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace rapport::ui {

namespace {

bool planned(const PlanEditor& plan, const std::string& question_id) {
    return std::any_of(
        plan.conversation.questions.begin(), plan.conversation.questions.end(),
        [&](const core::PlannedQuestion& q) { return q.question_id == question_id; });
}

// One planned question: its number and text, with up, down and remove beside.
void planned_row(std::vector<core::PlannedQuestion>& questions, size_t i) {
    const float icon = em(metrics::kIconButton);
    const float controls = 3 * icon;
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float width = content_right() - start.x;
    const float text_width_px = std::max(em(6.0f), width - controls - em(metrics::kGap));
    const core::PlannedQuestion& q = questions[i];
    const bool gap = core::has_gap(q.text);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const std::string number = std::to_string(i + 1) + ".";
    const float number_width = em(1.6f);
    draw->AddText(ctx().fonts.body, ctx().fonts.body->FontSize, start, colors().muted,
                  number.c_str());
    float text_height =
        draw_wrapped(draw, ctx().fonts.body, ImVec2(start.x + number_width, start.y),
                     gap ? colors().warn : colors().text, q.text, text_width_px - number_width, 8);
    if (gap)
        text_height += draw_wrapped(draw, ctx().fonts.secondary,
                                    ImVec2(start.x + number_width, start.y + text_height),
                                    colors().muted, "Fill in their research, or reword the gap",
                                    text_width_px - number_width, 2);
    const float row_height = std::max(text_height, icon);
    const std::string n = std::to_string(i + 1);
    ImGui::SetCursorScreenPos(ImVec2(start.x + width - controls, start.y));
    if (icon_button("Move question " + n + " up", icon::kArrowUp) && i > 0)
        std::swap(questions[i], questions[i - 1]);
    ImGui::SameLine(0, 0);
    if (icon_button("Move question " + n + " down", icon::kArrowDown) && i + 1 < questions.size())
        std::swap(questions[i], questions[i + 1]);
    ImGui::SameLine(0, 0);
    const bool remove = icon_button("Remove question " + n, icon::kClose);
    ImGui::SetCursorScreenPos(ImVec2(start.x, start.y + row_height));
    ImGui::Dummy(ImVec2(width, em(0.4f)));
    if (remove) questions.erase(questions.begin() + static_cast<std::ptrdiff_t>(i));
}

} // namespace

void plan_questions(PlanEditor& plan, const std::vector<core::Question>& bank) {
    std::vector<core::PlannedQuestion>& questions = plan.conversation.questions;
    if (plan.show_questions) {
        ImGui::SetScrollHereY(0.0f);
        plan.show_questions = false;
    }
    section_header("Questions · " + std::to_string(questions.size()));
    // About two and a half minutes an answer: six fill a 15-minute conversation.
    const size_t fit = static_cast<size_t>(plan.conversation.duration_minutes * 2 / 5);
    if (questions.size() > fit)
        paragraph(ctx().fonts.secondary, colors().warn,
                  std::to_string(questions.size()) + " questions is a lot for " +
                      std::to_string(plan.conversation.duration_minutes) + " minutes; about " +
                      std::to_string(fit) + " fit.");
    begin_panel("planned");
    if (questions.empty())
        paragraph(ctx().fonts.secondary, colors().muted,
                  "No questions yet: add some from the bank below.");
    for (size_t i = 0; i < questions.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        planned_row(questions, i);
        ImGui::PopID();
    }
    end_panel();

    section_header("Add questions");
    std::vector<std::string_view> labels;
    for (const auto& c : core::question_category_names())
        labels.push_back(c.label);
    const int tapped = chip_strip("plan-categories", labels.data(), static_cast<int>(labels.size()),
                                  plan.category);
    if (tapped >= 0) plan.category = tapped;
    const auto category = static_cast<core::QuestionCategory>(plan.category);
    bool any = false;
    for (const core::Question& q : bank) {
        if (q.category != category || q.archived || planned(plan, q.id)) continue;
        any = true;
        const std::string filled = core::fill_placeholders(q.text, plan.values);
        ListCard card;
        card.id = q.id;
        card.title = filled;
        card.title_lines = 3;
        card.icon = icon::kAdd;
        card.subtitle = "Tap to add";
        if (core::has_gap(filled)) {
            card.detail = "Their research does not say yet";
            card.detail_tone = Tone::Warn;
        }
        ImGui::PushID(q.id.c_str());
        if (list_card(card)) questions.push_back({q.id, filled, ""});
        ImGui::PopID();
    }
    if (!any)
        paragraph(ctx().fonts.secondary, colors().muted,
                  "Every question in this category is in the plan.");
    begin_panel("own");
    text_field("A question for this conversation", plan.own_question,
               "Something only they can answer");
    const bool entered = text_field_entered(); // Enter adds it, as the button does
    if ((button("Add to plan") || entered) &&
        plan.own_question.find_first_not_of(" \t") != std::string::npos) {
        questions.push_back({std::nullopt, plan.own_question, ""});
        plan.own_question.clear();
    }
    end_panel();
}

} // namespace rapport::ui
