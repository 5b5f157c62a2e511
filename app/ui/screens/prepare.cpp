// Prepare: the questions to bring (the guide's six starters and more, by
// category, plus your own), each one a way into comparing every answer
// you have heard to it; and the elevator speech to give.
#include "core/question_bank.hpp"
#include "ui/context.hpp"
#include "ui/icons.hpp"
#include "ui/screens/screen.hpp"
#include "ui/widgets/app_bar.hpp"
#include "ui/widgets/button.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/chip.hpp"
#include "ui/widgets/empty_state.hpp"
#include "ui/widgets/text.hpp"
#include "ui/widgets/text_field.hpp"

#include <string>
#include <vector>

namespace rapport::ui {

void draw_prepare(ScreenContext& screen) {
    app_bar("Prepare", Leading::None);
    begin_body("prepare");
    for (const auto& category : core::question_category_names()) {
        bool header = false;
        for (const core::Question& q : screen.model.questions) {
            if (q.category != category.value) continue;
            if (!header) section_header(category.label);
            header = true;
            ImGui::PushID(q.id.c_str());
            // Placeholders read as gaps to fill: {past_career} → [past career].
            std::string shown = q.text;
            for (char& c : shown)
                c = c == '{' ? '[' : c == '}' ? ']' : c == '_' ? ' ' : c;
            ListCard card;
            card.id = q.id;
            card.title = shown;
            card.title_lines = 2;
            card.subtitle = q.builtin ? "Tap to compare answers" : "Yours · tap to compare answers";
            if (list_card(card)) screen.actions.add(OpenScreen{{Screen::Compare, q.id}});
            ImGui::PopID();
        }
    }

    section_header("Your own question");
    begin_panel("own");
    std::string& text = ctx().new_question;
    int& category = ctx().new_question_category;
    text_field("Question", text, "What would you like to ask?");
    std::vector<std::string_view> labels;
    for (const auto& c : core::question_category_names())
        labels.push_back(c.label);
    const int tapped =
        chip_strip("categories", labels.data(), static_cast<int>(labels.size()), category);
    if (tapped >= 0) category = tapped;
    if (button("Add question", ButtonKind::Filled) &&
        text.find_first_not_of(" ") != std::string::npos) {
        screen.actions.add(AddQuestion{text, static_cast<core::QuestionCategory>(category)});
        text.clear();
    }
    end_panel();

    section_header("Elevator speech");
    ListCard speech;
    speech.id = "speech";
    speech.title = "Know what you want to say";
    speech.subtitle = "Who you are, your goals, strengths and what you are exploring — in 30 "
                      "to 60 seconds";
    speech.icon = icon::kEdit;
    if (list_card(speech)) screen.actions.add(OpenSpeech{});
    end_body();
}

} // namespace rapport::ui
