// One note, whole: who it is about (or "File under…" for an inbox note), when
// it was captured, and the text, editable, saved as it is typed.
#include "core/person.hpp"
#include "core/plural.hpp"
#include "core/text.hpp"
#include "features/notes/notes_feature.hpp"
#include "ui/context.hpp"
#include "ui/icons.hpp"
#include "ui/metrics.hpp"
#include "ui/screens/screen.hpp"
#include "ui/shell_actions.hpp"
#include "ui/widgets/app_bar.hpp"
#include "ui/widgets/button.hpp"
#include "ui/widgets/card.hpp"
#include "ui/widgets/empty_state.hpp"
#include "ui/widgets/name_picker.hpp"
#include "ui/widgets/text.hpp"
#include "ui/widgets/text_area.hpp"
#include "ui/widgets/text_field.hpp"
#include "ui/wording.hpp"

#include <imgui_internal.h>
#include <utility>

namespace rapport::ui {
namespace {

void person_picker(ScreenContext& screen, NoteEditor& editor) {
    if (auto pick = name_picker("file-under", "File under", editor.pick_query,
                                std::exchange(editor.pick_focus, false), screen.model.names))
        screen.actions.add(FileNote{editor.note.id, pick->person_id, pick->name});
}

} // namespace

void NotesFeature::draw_note(ScreenContext& screen) {
    NoteEditor& editor = editor_;
    if (editor.note.id.empty()) {
        if (app_bar("Note", Leading::Back).leading) screen.actions.add(GoBack{});
        begin_body("note-gone");
        empty_state("gone", icon::kDescription, "This note is not here any more",
                    "It may have been deleted.");
        end_body();
        return;
    }
    const BarResult bar = app_bar("Note", Leading::Back, {{"Delete", icon::kDelete}});
    if (bar.leading) screen.actions.add(GoBack{});
    if (bar.action == 0) screen.actions.add(DeleteNote{editor.note.id});

    begin_body("note");
    const std::string when = "Captured " + day_and_time(editor.note.created_at, screen.model);
    if (editor.note.person_id) {
        const std::string initials = core::initials(editor.person_name);
        ListCard card;
        card.id = "about";
        card.title = editor.person_name;
        card.subtitle = when;
        card.avatar = initials;
        if (list_card(card))
            screen.actions.add(OpenScreen{{Screen::Person, *editor.note.person_id}});
    } else {
        ListCard card;
        card.id = "about";
        card.title = "In your inbox";
        card.subtitle = when;
        card.icon = icon::kDescription;
        const float file_w = text_width(ctx().fonts.body, "File under…") + em(2.0f);
        card.width = ImGui::GetContentRegionAvail().x - file_w - em(metrics::kGap);
        bool toggle = list_card(card);
        const ImVec2 next = beside_card(em(metrics::kButtonHeight));
        toggle |= button("File under…", ButtonKind::Filled, file_w);
        ImGui::SetCursorScreenPos(next);
        if (toggle) screen.actions.add(ToggleNotePicker{});
        if (editor.picking) person_picker(screen, editor);
    }
    if (editor.note.conversation_id && button("Open the conversation", ButtonKind::Tonal))
        screen.actions.add(OpenScreen{{Screen::Debrief, *editor.note.conversation_id}});

    const float reserve = em(3.2f);
    const float height = ImMax(em(10.0f), ImGui::GetContentRegionAvail().y - reserve);
    const bool focus = std::exchange(editor.focus_requested, false);
    const TextAreaResult result =
        text_area("##note", editor.note.body, ImVec2(ImGui::GetContentRegionAvail().x, height),
                  "The note's text", focus, &editor.pending_cursor);
    if (result.changed) editor.autosave.edited(ImGui::GetTime());
    const int words = core::word_count(editor.note.body);
    std::string status = !editor.problem.empty()   ? editor.problem
                         : editor.autosave.dirty() ? "Saving…"
                                                   : "Saved";
    status += " · " + core::counted(words, "word", "words");
    paragraph(ctx().fonts.secondary, editor.problem.empty() ? colors().muted : colors().late,
              status);
    end_body();
}

void NotesFeature::draw(const Route& route, ScreenContext& screen) {
    if (route.screen == Screen::Inbox) return draw_inbox(screen);
    draw_note(screen);
}

} // namespace rapport::ui
