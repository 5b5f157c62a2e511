// A conversation, whole: who and when, then every debrief field, the planned
// questions with their answers, and the notes filed on it, all editable.
#include "core/person.hpp"
#include "features/conversation/conversation_actions.hpp"
#include "features/debrief/debrief_feature.hpp"
#include "ui/context.hpp"
#include "ui/icons.hpp"
#include "ui/metrics.hpp"
#include "ui/screens/screen.hpp"
#include "ui/shell_actions.hpp"
#include "ui/widgets/app_bar.hpp"
#include "ui/widgets/button.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/empty_state.hpp"
#include "ui/widgets/text.hpp"
#include "ui/widgets/text_area.hpp"
#include "ui/widgets/text_field.hpp"
#include "ui/widgets/when_picker.hpp"
#include "ui/wording.hpp"

#include <imgui_internal.h>
#include <string>

namespace rapport::ui {
namespace {

// A box as tall as its text (three lines at least), so nothing scrolls
// inside a box on a page that scrolls.
bool growing_area(const char* id, std::string& text, std::string_view hint) {
    const float width = ImGui::GetContentRegionAvail().x;
    ImFont* font = ctx().fonts.body;
    const float text_h =
        font->CalcTextSizeA(font->FontSize, FLT_MAX, width - em(1.5f), text.c_str()).y;
    const float height = ImMax(em(4.6f), text_h + em(2.2f));
    return text_area(id, text, ImVec2(width, height), hint, false).changed;
}

void when_and_how(ScreenContext& screen, DebriefEditor& editor) {
    const core::Conversation& c = editor.conversation;
    const std::string initials = core::initials(editor.person_name);
    const char* status = c.status == core::ConversationStatus::Held        ? "Held "
                         : c.status == core::ConversationStatus::Cancelled ? "Cancelled · was "
                                                                           : "Planned ";
    const std::string when = status + day_and_time(c.held_at.value_or(c.when), screen.model) +
                             " · " + std::to_string(c.duration_minutes) + " min · " +
                             std::string(core::label_of(core::conversation_mode_names(), c.mode));
    ListCard card;
    card.id = "with";
    card.title = editor.person_name;
    card.subtitle = when;
    card.avatar = initials;
    if (list_card(card)) screen.actions.add(OpenScreen{{Screen::Person, c.person_id}});
    if (c.status == core::ConversationStatus::Cancelled) return;
    if (c.status == core::ConversationStatus::Planned) {
        if (button("Start conversation", ButtonKind::Filled))
            screen.actions.add(StartConversation{c.id});
        ImGui::SameLine();
    }
    if (button("Move")) screen.actions.add(ToggleMoveConversation{});
    ImGui::SameLine();
    const char* cancel =
        c.status == core::ConversationStatus::Held ? "It did not happen" : "Cancel";
    if (button(cancel, ButtonKind::Quiet)) screen.actions.add(CancelConversation{false});
    if (editor.confirm_cancel) {
        begin_panel("confirm-cancel");
        paragraph(ctx().fonts.body, colors().text,
                  c.status == core::ConversationStatus::Held
                      ? "Mark it as not held? Its thank-you stops being due."
                      : "Cancel this conversation? Its reminders go with it.");
        if (button(c.status == core::ConversationStatus::Held ? "Yes, not held" : "Yes, cancel",
                   ButtonKind::Filled))
            screen.actions.add(CancelConversation{true});
        ImGui::SameLine();
        if (button("Keep it", ButtonKind::Quiet)) screen.actions.add(CancelConversation{false});
        end_panel();
    }
    if (editor.moving) {
        begin_panel("move");
        // A held conversation moves into the past only (the store refuses
        // the future); a planned one anywhere from today on.
        const core::LocalDate today = today_of(screen.model);
        const bool held = c.status == core::ConversationStatus::Held;
        when_picker("move to", editor.move_date, editor.move_time, today,
                    held ? std::nullopt : std::optional<core::LocalDate>(today),
                    held ? std::optional<core::LocalDate>(today) : std::nullopt,
                    screen.model.hour_clock);
        if (!editor.move_error.empty())
            paragraph(ctx().fonts.secondary, colors().late, editor.move_error);
        if (button("Move it", ButtonKind::Filled)) screen.actions.add(MoveConversation{});
        ImGui::SameLine();
        if (button("Never mind", ButtonKind::Quiet)) screen.actions.add(ToggleMoveConversation{});
        end_panel();
    }
}

} // namespace

void DebriefFeature::draw(const Route&, ScreenContext& screen) {
    DebriefEditor& editor = editor_;
    if (editor.conversation.id.empty()) {
        if (app_bar("Conversation", Leading::Back).leading) screen.actions.add(GoBack{});
        begin_body("debrief-gone");
        empty_state("gone", icon::kEvent, "This conversation is not here any more",
                    "It may have been deleted.");
        end_body();
        return;
    }
    const BarResult bar = app_bar("Conversation", Leading::Back, {{"Delete", icon::kDelete}});
    if (bar.leading) screen.actions.add(GoBack{});
    if (bar.action == 0) screen.actions.add(DeleteConversation{});

    begin_body("debrief");
    when_and_how(screen, editor);
    core::Conversation& c = editor.conversation;
    bool changed = false;
    section_header("What you heard");
    struct Field {
        const char* label;
        const char* hint; // also what a test taps
        std::string* text;
    };
    const Field fields[] = {
        {"Takeaways", "What stayed with you, one per line", &c.takeaways},
        {"Advice", "Advice they gave", &c.advice},
        {"Courses recommended", "Courses, one per line", &c.courses},
        {"Certifications or training", "Certifications or training", &c.certifications},
        {"Mentors named", "People they learned from", &c.mentors},
        {"What they like", "What they like about the work", &c.likes},
        {"What they dislike", "What they dislike", &c.dislikes},
        {"Next steps", "What you will do next", &c.next_steps},
        {"Other notes", "Anything else", &c.notes},
    };
    for (const Field& field : fields) {
        ImGui::PushID(field.label);
        paragraph(ctx().fonts.label, colors().muted, field.label);
        changed |= growing_area("##field", *field.text, field.hint);
        ImGui::PopID();
    }
    if (!c.questions.empty()) {
        section_header("Questions and answers");
        for (size_t i = 0; i < c.questions.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            paragraph(ctx().fonts.body, colors().text, c.questions[i].text);
            changed |= growing_area("##answer", c.questions[i].answer, "Their answer");
            ImGui::PopID();
        }
    }
    if (changed) editor.autosave.edited(ImGui::GetTime());
    if (!editor.notes.empty()) {
        section_header("Notes");
        for (const core::Note& note : editor.notes) {
            ImGui::PushID(note.id.c_str());
            const std::string title = first_lines(note.body, 1, 80);
            const std::string when = "Captured " + day_and_time(note.created_at, screen.model);
            ListCard card;
            card.id = note.id;
            card.title = title;
            card.subtitle = when;
            card.icon = icon::kDescription;
            if (list_card(card)) screen.actions.add(OpenScreen{{Screen::Note, note.id}});
            ImGui::PopID();
        }
    }
    const std::string status = !editor.problem.empty()   ? editor.problem
                               : editor.autosave.dirty() ? "Saving…"
                                                         : "Saved";
    paragraph(ctx().fonts.secondary, editor.problem.empty() ? colors().muted : colors().late,
              status);
    end_body();
}

} // namespace rapport::ui
