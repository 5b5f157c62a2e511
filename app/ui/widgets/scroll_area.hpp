#pragma once
// A vertically scrolling region that follows a finger: a press that moves
// past a small threshold scrolls the content instead of tapping what is under
// it, and a flick keeps gliding with inertia. Mouse wheels work as usual.
#include <imgui.h>

namespace rapport::ui {

bool begin_scroll_area(const char* id, ImVec2 size);
void end_scroll_area();

// A one-row strip that scrolls sideways under a finger (a row of chips).
bool begin_strip(const char* id, float height);
void end_strip();

} // namespace rapport::ui
