#pragma once
// The field with the keyboard stays where the person can see it. A phone's
// keyboard coming up, or turned to landscape with it up, leaves a view a
// few lines high; the field under the caret must stay in it, and must not
// lose the keyboard while it is out of sight (a multi-line field scrolled
// out of view is skipped by ImGui 1.86, which then dropped its focus, so
// typing in landscape went nowhere).
#include <imgui.h>

namespace rapport::ui {

// Call for a field that had the keyboard this frame, with the rectangle it
// was drawn in: keeps it alive and, when the view has just changed size or
// the text just changed, scrolls the enclosing list so the field shows (its
// top first when it is taller than the view).
void keep_field_in_view(ImGuiID field, ImVec2 min, ImVec2 max, bool edited);

} // namespace rapport::ui
