#pragma once
// A vertically scrolling region that follows a finger: a press that moves
// past a small threshold scrolls the content instead of tapping what is under
// it, and a flick keeps gliding with inertia. Mouse wheels work as usual.
#include <imgui.h>
#include <string_view>

namespace rapport::ui {

bool begin_scroll_area(const char* id, ImVec2 size);
void end_scroll_area();
// The list item about to be drawn in the scroll area is filed under `label`
// (a name's first letter): while a finger holds the fast-scroll thumb, the
// label of the item at the top of the view shows beside it, as a phone's
// contacts show the letter they have reached.
void scrub_label_here(std::string_view label);
// Whether a finger holds this scroll area's fast-scroll thumb: only then
// does a list need to work out its labels.
bool scrubbing();

// A one-row strip that scrolls sideways under a finger (a row of chips).
bool begin_strip(const char* id, float height);
void end_strip();

} // namespace rapport::ui
