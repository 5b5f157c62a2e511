#pragma once
// What other features may ask of speech: its actions (recorded, applied after
// the frame) and requests (answered at once), served by its own handlers.
// The only part of this feature another feature includes.
#include "core/elevator_speech.hpp"
#include "core/profile.hpp"
#include <array>
#include <optional>

namespace rapport::ui {

struct ScreenContext;

struct OpenSpeech {};

// The first-run profile question is answered (or skipped).
struct FinishWelcome {};

struct AssembleSpeech {};

struct Rehearse {
    bool start;
};

// Requests speech answers at once (ActionBus::ask).
// Draws the profile's fields (who you are, goals, strengths…), saved as typed.
struct ProfileFields {
    ScreenContext& screen;
};
// Reads the profile again (another screen is about to show its fields).
struct ReloadProfile {};
// Writes what was typed in the profile now.
struct SaveProfile {};

} // namespace rapport::ui
