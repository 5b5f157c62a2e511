#pragma once
// The three profile fields the first run asks for and Settings edits: name,
// what you study or have done, and goals. Edits autosave like every draft.
#include "ui/editors.hpp"

namespace rapport::ui {

// Draws the fields; marks the editor dirty when one changed.
void profile_fields(SpeechEditor& editor);

} // namespace rapport::ui
