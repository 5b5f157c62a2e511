#pragma once
// Conversation mode: one question card at a time with a box for the answer,
// the 15-minute timer, and capture right after (conversation_screen.cpp).
#include "core/conversation.hpp"
#include "features/conversation/conversation_actions.hpp"
#include "ui/autosave.hpp"
#include "ui/feature.hpp"

#include <string>

namespace rapport::ui {

// The conversation with its answers as they are typed.
struct ConversationEditor {
    core::Conversation conversation;
    std::string person_name;
    int index = 0; // the question on screen
    core::Millis started_at = 0;
    Autosave autosave;
    bool time_up_dismissed = false; // "continue" was chosen
    // The answer box had the keyboard (or a press that began while it did
    // is still down): stepping to another card keeps typing in its box.
    bool answering = false;
    bool focus_answer = false; // the card's answer box takes focus when next drawn
};

class ConversationFeature final : public Feature {
  public:
    explicit ConversationFeature(Shell& shell);
    bool full_screen(Screen) const override { return true; } // one card at a time
    std::optional<Route> route_for(const std::string& request) override;
    bool draws(Screen screen) const override { return screen == Screen::Conversation; }
    bool launch(const Route& route) override;
    void draw(const Route& route, ScreenContext& screen) override;
    void save(bool force) override;
    bool keyboard_on_hold(const Route&) const override { return editor_.focus_answer; }
    void report(const Route& route, FrameReport& report) const override;
    const ConversationEditor& editor() const { return editor_; }

  private:
    void start(const std::string& id);
    void step(int delta);
    void end();

    Shell& shell_;
    ConversationEditor editor_;
};

} // namespace rapport::ui
