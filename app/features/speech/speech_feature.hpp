#pragma once
// Who you are and what you say: the profile (name, background, goals; asked
// on the first run, edited in Settings) and the elevator speech for each
// audience, with a rehearsal timer (speech_screen.cpp, profile_fields.cpp).
#include "core/elevator_speech.hpp"
#include "core/profile.hpp"
#include "features/speech/speech_actions.hpp"
#include "ui/autosave.hpp"
#include "ui/feature.hpp"

#include <array>
#include <optional>

namespace rapport::ui {

// The profile and the elevator speech versions, as typed.
struct SpeechEditor {
    core::Profile profile;
    std::array<core::ElevatorSpeech, 4> versions; // one per audience, in Audience order
    core::Audience audience = core::Audience::CareerFair;
    Autosave autosave;
    std::optional<core::Millis> rehearsal_started;
    int last_rehearsal_seconds = -1;
};

class SpeechFeature final : public Feature {
  public:
    explicit SpeechFeature(Shell& shell);
    bool draws(Screen screen) const override { return screen == Screen::Speech; }
    bool launch(const Route& route) override;
    void draw(const Route& route, ScreenContext& screen) override;
    void save(bool force) override;
    void report(const Route& route, FrameReport& report) const override;
    // Reads the profile and speeches again (what was typed is saved first).
    void reload();
    // The three profile fields the first run asks for and Settings edits.
    void profile_fields();
    const SpeechEditor& editor() const { return editor_; }

  private:
    Shell& shell_;
    SpeechEditor editor_;
};

} // namespace rapport::ui
