#pragma once
// Text the user is typing lives here between frames, owned by the App: a
// screen edits it in place and records an action when it should be saved.
#include "core/conversation.hpp"
#include "core/message_templates.hpp"
#include "core/person.hpp"
#include "core/profile.hpp"
#include "store/store.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace rapport::ui {

struct CaptureEditor {
    std::string text;
    int cursor = 0;
    bool focus_requested = false;
    bool box_active = false;   // the text box had the keyboard in the frame just drawn
    int pending_cursor = -1;   // where the caret goes when the box next takes focus
    bool dirty = false;        // edited since the last save
    double last_edit_at = 0.0; // ImGui time of the last keystroke
    double dirty_since = 0.0;  // ImGui time of the first unsaved keystroke

    // Who it is about (preselected, or picked with one tap).
    std::optional<std::string> person_id;
    std::optional<std::string> conversation_id;
    std::string person_name;
    std::string reason; // "conversation ended 12 min ago"
    bool picking = false;
    bool pick_focus = false; // the name field takes focus once when the picker opens
    std::string pick_query;
    std::vector<std::string> added_leads; // names already turned into people
    std::string status;                   // what the last finish did
};

// The add/edit person form. Lists are edited as one comma-separated line.
struct PersonEditor {
    core::Person draft;
    std::string emails, phones, tags, links;
    std::string referrer_query; // typing a name to pick "referred by"
    std::string referrer_name;
    std::vector<store::Duplicate> duplicates; // found on save: offer open or merge
    std::string error;
    bool focus_requested = false;
    bool show_research = false;
    bool confirm_delete = false;     // delete asks once
    core::Organisation organisation; // principles and core beliefs of their organisation
};

// Conversation mode: the conversation with its answers as they are typed.
struct ConversationEditor {
    core::Conversation conversation;
    std::string person_name;
    int index = 0; // the question on screen
    core::Millis started_at = 0;
    bool dirty = false;
    double last_edit_at = 0.0;
    bool time_up_dismissed = false; // "continue" was chosen
    // The answer box had the keyboard (or a press that began while it did
    // is still down): stepping to another card keeps typing in its box.
    bool answering = false;
    bool focus_answer = false; // the card's answer box takes focus when next drawn
};

// Planning a conversation: the form's text as typed, parsed on save.
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

// Writing a message: the draft as typed, kept as a message draft in the
// store while it is written.
struct ComposeEditor {
    core::Message message; // id set once the draft was first saved
    std::string person_name;
    std::string email;
    core::TemplateValues values; // for refilling when the kind changes
    std::string template_body;   // what the template gave, to know if it was edited
    bool dirty = false;
    double last_edit_at = 0.0;
};

// The profile and the elevator speech versions, as typed.
struct SpeechEditor {
    core::Profile profile;
    std::array<core::ElevatorSpeech, 4> versions; // one per audience, in Audience order
    core::Audience audience = core::Audience::CareerFair;
    bool dirty = false;
    double last_edit_at = 0.0;
    std::optional<core::Millis> rehearsal_started;
    int last_rehearsal_seconds = -1;
};

// Import and export: the paths as typed and the chosen export format.
struct DataEditor {
    std::string import_path;
    std::string export_path;
    int export_format = 0; // index into the export formats
};

// A short message at the bottom with an optional undo.
struct Snackbar {
    std::string text;
    std::optional<std::string> undo_delete_of; // a person id
    double until = 0.0;                        // ImGui time when it hides
};

} // namespace rapport::ui
