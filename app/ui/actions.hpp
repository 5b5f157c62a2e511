#pragma once
// Intentions recorded by screens during a frame and applied after it, so no
// write happens in the middle of drawing and screens stay testable.
#include "ui/navigator.hpp"
#include "ui/read_model.hpp"
#include "ui/theme.hpp"

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace rapport::ui {

struct SwitchTab {
    Screen tab;
};
struct OpenScreen {
    Route route;
};
struct GoBack {};
struct ShowOlderTimeline {}; // the person's timeline: the next 100 entries
struct SetTheme {
    ThemeKind theme;
};
struct SetTextSize {
    float size;
};
struct SaveCaptureDraft {
    std::string body;
    int cursor;
};
struct FinishCapture {};
struct OpenLink {
    std::string url;
};

struct SetFilter {
    PeopleFilter filter;
};
struct Search {
    std::string text;
};
struct EditPerson {
    std::string id; // "" for a new person
};
struct SavePerson {
    bool allow_duplicate = false; // the user saw the duplicates and chose to add anyway
};
struct MergeInto {
    std::string existing_id; // fold the form's person into this one
};
struct DeletePerson {
    std::string id;
};
struct UndoDelete {};
struct SetStage {
    std::string person_id;
    core::Stage stage;
};
struct SetCadence {
    std::string person_id;
    int days;
};
struct LogInteraction {
    std::string person_id;
};
struct CompleteFollowUp {
    std::string id;
};
struct SnoozeFollowUp {
    std::string id;
};
struct LoadDemo {};
struct CapturePick {
    std::string person_id; // "" with a name: create them
    std::string name;
};
struct Compose {
    std::string person_id;
    core::MessageKind kind;
    std::string met_person; // for telling a referrer
};
struct SetMessageKind {
    core::MessageKind kind;
};
struct MarkSent {};
struct CopyText {
    std::string text;
};
// Adds your own question (empty id) or saves an edit to one.
struct SaveQuestion {
    std::string id;
    std::string text;
    core::QuestionCategory category;
};
struct ArchiveQuestion {
    std::string id;
    bool archived; // false brings it back
};
struct AddCareer {
    std::string title;
    int interest;
};
struct SetInterest {
    std::string career_id;
    int interest;
};
// Files an answer (conversation and question position) or a note as a pro,
// con or open question under a career option.
struct FileEvidence {
    std::string career_id;
    core::EvidenceKind kind;
    std::string text;
    std::string conversation_id;
    int question_position = 0;
    std::string note_id;
};
struct OpenSpeech {};
// The first-run profile question is answered (or skipped).
struct FinishWelcome {};
// Import and export.
struct PreviewImport {
    std::string path;
};
struct SetImportMerge {
    int row;
    bool merge;
};
struct ConfirmImport {};
struct CancelImport {};   // stops a running import, or leaves the preview
struct PickImportFile {}; // the browser's file picker
struct ExportData {
    int format; // index into export_formats()
    std::string path;
};
struct AssembleSpeech {};
struct Rehearse {
    bool start;
};
struct PlanConversation {
    std::string person_id;
    std::string conversation_id; // "" for a new one
};
struct SavePlan {};
struct ExportInvite {
    std::string conversation_id;
};
struct StartConversation {
    std::string id;
};
struct StepQuestion {
    int delta; // +1 next, -1 previous
};
struct EndConversation {};
struct ContinueOvertime {};
struct InsertPrompt {
    std::string heading;
};
struct AddLead {
    std::string name;
    std::string context;
};

using Action =
    std::variant<SwitchTab, OpenScreen, GoBack, SetTheme, SetTextSize, SaveCaptureDraft,
                 FinishCapture, OpenLink, SetFilter, Search, EditPerson, SavePerson, MergeInto,
                 DeletePerson, UndoDelete, SetStage, SetCadence, LogInteraction, CompleteFollowUp,
                 SnoozeFollowUp, LoadDemo, CapturePick, InsertPrompt, AddLead, StartConversation,
                 StepQuestion, EndConversation, ContinueOvertime, PlanConversation, SavePlan,
                 ExportInvite, Compose, SetMessageKind, MarkSent, CopyText, SaveQuestion,
                 ArchiveQuestion, OpenSpeech, FinishWelcome, AssembleSpeech, Rehearse, AddCareer,
                 SetInterest, FileEvidence, PreviewImport, SetImportMerge, ConfirmImport,
                 CancelImport, ExportData, PickImportFile, ShowOlderTimeline>;

class Actions {
  public:
    void add(Action action) { pending_.push_back(std::move(action)); }
    std::vector<Action> take() { return std::exchange(pending_, {}); }
    bool empty() const { return pending_.empty(); }

  private:
    std::vector<Action> pending_;
};

} // namespace rapport::ui
