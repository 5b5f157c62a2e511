#pragma once
// A conversation read back and corrected: when and how it was held, what was
// heard under each debrief heading, the planned questions with their
// answers, and the notes filed on it. Every field saves as it is typed; the
// conversation can be moved, cancelled, or deleted with undo
// (debrief_screen.cpp).
#include "core/conversation.hpp"
#include "core/records.hpp"
#include "features/debrief/debrief_actions.hpp"
#include "ui/autosave.hpp"
#include "ui/feature.hpp"

#include <string>
#include <vector>

namespace rapport::ui {

struct DebriefEditor {
    core::Conversation conversation; // id empty when it is gone
    std::string person_name;
    std::vector<core::Note> notes; // filed on it, oldest first
    Autosave autosave;
    std::string problem;   // why the last save did not happen
    bool moving = false;   // the move form is open
    std::string move_date; // "2026-12-02"
    std::string move_time; // "14:30"
    std::string move_error;
    bool confirm_cancel = false; // cancel asks once
};

class DebriefFeature final : public Feature {
  public:
    explicit DebriefFeature(Shell& shell);
    bool gives_way_to_list(Screen) const override { return true; } // saved as typed
    std::optional<Route> route_for(const std::string& request) override;
    bool draws(Screen screen) const override { return screen == Screen::Debrief; }
    void open(const Route& route) override;
    void load(const Route& route) override;
    void draw(const Route& route, ScreenContext& screen) override;
    bool leave(const Route& route) override;
    void save(bool force) override;
    const DebriefEditor& editor() const { return editor_; }

  private:
    void reload(const std::string& id);
    void toggle_move();
    void move();
    void cancel(bool confirmed);
    void remove();

    Shell& shell_;
    DebriefEditor editor_;
};

} // namespace rapport::ui
