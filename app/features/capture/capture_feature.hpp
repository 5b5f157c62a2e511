#pragma once
// Capture: the moment after a meeting. The note, who it is about, and what
// finishing it files (features/capture/capture_screen.cpp draws it).
#include "features/capture/capture_actions.hpp"
#include "ui/autosave.hpp"
#include "ui/feature.hpp"
#include "ui/icons.hpp"

#include <optional>
#include <string>
#include <vector>

namespace rapport::ui {

struct CaptureEditor {
    std::string text;
    int cursor = 0;
    bool focus_requested = false;
    bool box_active = false; // the text box had the keyboard in the frame just drawn
    int pending_cursor = -1; // where the caret goes when the box next takes focus
    Autosave autosave;

    // Who it is about (preselected, or picked with one tap).
    std::optional<std::string> person_id;
    std::optional<std::string> conversation_id;
    std::string person_name;
    std::string reason; // "conversation ended 12 min ago"
    // "We met": about someone with no conversation to debrief, finishing
    // records one as held now; without it the capture is a plain note.
    bool met = false;
    // "No one — inbox" was chosen: nobody is suggested again for this note.
    bool inbox_chosen = false;
    bool picking = false;
    bool pick_focus = false; // the name field takes focus once when the picker opens
    std::string pick_query;
    // The planned questions of the conversation it debriefs still without an
    // answer: each a chip that puts the question in the note as a heading.
    std::vector<std::string> open_questions;
    std::vector<std::string> added_leads; // names already turned into people
    std::string status;                   // what the last finish did
    std::string save_problem;             // why the draft's last save failed ("" once saved)
};

class CaptureFeature final : public Feature {
  public:
    explicit CaptureFeature(Shell& shell);
    std::vector<NavigationSlot> navigation() const override {
        return {{NavigationSlot::Kind::Raised, Screen::Capture, icon::kAdd, 0}};
    }
    std::vector<Shortcut> shortcuts() const override { return {{'N', true, {Screen::Capture}}}; }
    bool full_screen(Screen) const override { return true; } // a focused task
    std::optional<Route> route_for(const std::string& request) override;
    bool draws(Screen screen) const override { return screen == Screen::Capture; }
    void open(const Route& route) override;
    void load(const Route& route) override;
    void draw(const Route& route, ScreenContext& screen) override;
    // Leaving any other way than Done keeps the note as a draft: it is
    // never filed somewhere the person did not see (Today shows it waits).
    bool leave(const Route&) override {
        keep_or_forget();
        return true;
    }
    void save(bool force) override;
    bool keyboard_on_hold(const Route& route) const override;
    bool needs_names(const Route&) const override { return true; }
    void report(const Route& route, FrameReport& report) const override;
    void finish();
    // The close button: the draft is kept, unfiled, and said so.
    void close();
    // A conversation just ended: capture follows, about it.
    void follow_conversation(const std::string& person_id, const std::string& person_name,
                             const std::string& conversation_id);
    const CaptureEditor& editor() const { return editor_; }

  private:
    void preselect_person();
    // Opened on a conversation (the prompt at its end): the note debriefs it.
    void about_conversation(const std::string& conversation_id);
    // Leaving without Done: a note with text stays a draft; an empty one is
    // let go, so the next capture starts fresh (and is suggested a person).
    void keep_or_forget();
    // The person on the screen capture was opened from (their page, or a
    // conversation or note of theirs), if any.
    std::optional<std::string> person_beneath() const;
    void pick(const CapturePick& pick);
    void insert_prompt(const InsertPrompt& prompt);
    void add_lead(const AddLead& lead);

    Shell& shell_;
    CaptureEditor editor_;
};

} // namespace rapport::ui
