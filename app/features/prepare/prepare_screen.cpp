// Prepare: the questions to bring (the guide's six starters and more, by
// category, plus your own), each one a way into comparing every answer
// you have heard to it; and the elevator speech to give.
#include "core/question_bank.hpp"
#include "features/prepare/prepare_feature.hpp"
#include "features/speech/speech_actions.hpp"
#include "ui/context.hpp"
#include "ui/icons.hpp"
#include "ui/metrics.hpp"
#include "ui/screens/screen.hpp"
#include "ui/shell_actions.hpp"
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

namespace {

// Placeholders read as gaps to fill: {past_career} → [past career].
std::string shown(const std::string& text) {
    std::string out = text;
    for (char& c : out)
        c = c == '{' ? '[' : c == '}' ? ']' : c == '_' ? ' ' : c;
    return out;
}

// One question: a card that opens Compare answers; your own have edit and
// archive beside them, archived ones a way back.
void question_card(ScreenContext& screen, QuestionForm& form, const core::Question& q) {
    ImGui::PushID(q.id.c_str());
    const std::string title = shown(q.text);
    const float icon = em(metrics::kIconButton);
    const int controls = q.archived ? 1 : q.builtin ? 0 : 2;
    ListCard card;
    card.id = q.id;
    card.title = title;
    card.title_lines = 2;
    card.subtitle = q.builtin ? "Tap to compare answers" : "Yours · tap to compare answers";
    if (controls)
        card.width = ImGui::GetContentRegionAvail().x - controls * icon - em(metrics::kGap);
    if (list_card(card)) screen.actions.add(OpenScreen{{Screen::Compare, q.id}});
    if (controls) {
        const ImVec2 next = beside_card(icon);
        if (q.archived) {
            if (icon_button("Restore " + title, icon::kUnarchive))
                screen.actions.add(ArchiveQuestion{q.id, false});
        } else {
            if (icon_button("Edit " + title, icon::kEdit)) {
                form.editing = q.id;
                form.text = q.text;
                form.category = static_cast<int>(q.category);
            }
            ImGui::SameLine(0, 0);
            if (icon_button("Archive " + title, icon::kArchive))
                screen.actions.add(ArchiveQuestion{q.id, true});
        }
        ImGui::SetCursorScreenPos(next);
        ImGui::Dummy(ImVec2(0, 0));
    }
    ImGui::PopID();
}

// Add your own question, or edit one.
void own_question(ScreenContext& screen, QuestionForm& form) {
    std::string& editing = form.editing;
    section_header(editing.empty() ? "Your own question" : "Edit your question");
    begin_panel("own");
    std::string& text = form.text;
    int& category = form.category;
    text_field("Question", text, "What would you like to ask?");
    const bool entered = text_field_entered(); // Enter adds it, like the button
    std::vector<std::string_view> labels;
    for (const auto& c : core::question_category_names())
        labels.push_back(c.label);
    const int tapped =
        chip_strip("categories", labels.data(), static_cast<int>(labels.size()), category);
    if (tapped >= 0) category = tapped;
    const bool has_text = text.find_first_not_of(" \t") != std::string::npos;
    if ((button(editing.empty() ? "Add question" : "Save question", ButtonKind::Filled) ||
         entered) &&
        has_text) {
        screen.actions.add(
            SaveQuestion{editing, text, static_cast<core::QuestionCategory>(category)});
        text.clear();
        editing.clear();
    }
    if (!editing.empty()) {
        ImGui::SameLine();
        if (button("Cancel", ButtonKind::Quiet)) {
            text.clear();
            editing.clear();
        }
    }
    end_panel();
}

} // namespace

void PrepareFeature::draw(const Route&, ScreenContext& screen) {
    app_bar("Prepare", Leading::None);
    begin_body("prepare");
    // The speech and what people have recommended come first: each is one
    // card, and under the question bank they were found only by scrolling
    // past every question.
    section_header("Elevator speech");
    if (link_card("speech", "Know what you want to say",
                  "Who you are, your goals, strengths and what you are exploring — in 30 "
                  "to 60 seconds",
                  icon::kEdit))
        screen.actions.add(OpenSpeech{});

    section_header("Research on your field");
    if (link_card("heard", "What I've heard",
                  "Courses, certifications, mentors and advice people recommended, across "
                  "every conversation",
                  icon::kDescription))
        screen.actions.add(OpenScreen{{Screen::Heard, {}}});
    int archived = 0;
    for (const auto& category : core::question_category_names()) {
        bool header = false;
        for (const core::Question& q : questions_) {
            archived += q.archived && q.category == category.value;
            if (q.category != category.value || q.archived) continue;
            if (!header) section_header(category.label);
            header = true;
            question_card(screen, form_, q);
        }
    }
    own_question(screen, form_);
    if (archived) {
        section_header("Archived · " + std::to_string(archived));
        for (const core::Question& q : questions_)
            if (q.archived) question_card(screen, form_, q);
    }

    end_body();
}

} // namespace rapport::ui
