#pragma once
// Notes read back: one note whole and editable (it saves as you type, like
// capture), filed under a person or deleted with undo; and the inbox, the
// notes captured about nobody yet (note_screen.cpp, inbox_screen.cpp).
#include "core/records.hpp"
#include "features/notes/notes_actions.hpp"
#include "ui/autosave.hpp"
#include "ui/feature.hpp"

#include <string>
#include <vector>

namespace rapport::ui {

struct NoteEditor {
    core::Note note; // as on screen; id empty when the note is gone
    std::string person_name;
    Autosave autosave;
    bool focus_requested = false;
    int pending_cursor = -1; // where a search match is, when opened from search
    bool picking = false;    // "File under" is open
    bool pick_focus = false;
    std::string pick_query;
    std::string problem; // why the last save did not happen
};

class NotesFeature final : public Feature {
  public:
    explicit NotesFeature(Shell& shell);
    bool gives_way_to_list(Screen screen) const override { return screen == Screen::Note; }
    std::optional<Route> route_for(const std::string& request) override;
    bool draws(Screen screen) const override {
        return screen == Screen::Note || screen == Screen::Inbox;
    }
    void open(const Route& route) override;
    void load(const Route& route) override;
    void draw(const Route& route, ScreenContext& screen) override;
    bool leave(const Route& route) override;
    void save(bool force) override;
    bool keyboard_on_hold(const Route& route) const override;
    bool needs_names(const Route& route) const override { return route.screen == Screen::Note; }
    const NoteEditor& editor() const { return editor_; }
    const std::vector<core::Note>& inbox() const { return inbox_; }

  private:
    void draw_note(ScreenContext& screen);
    void draw_inbox(ScreenContext& screen);
    void remove(const std::string& id);
    void file(const FileNote& a);

    Shell& shell_;
    NoteEditor editor_;
    std::vector<core::Note> inbox_; // newest first
};

} // namespace rapport::ui
