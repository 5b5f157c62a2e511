#pragma once
// The field with the keyboard stays where the person can see it. A phone's
// keyboard coming up, or turned to landscape with it up, leaves a view a
// few lines high; the field under the caret must stay in it, and must not
// lose the keyboard while it is out of sight (a multi-line field scrolled
// out of view is skipped by ImGui 1.86, which then dropped its focus, so
// typing in landscape went nowhere).
#include <imgui.h>
#include <string>

namespace rapport::ui {

// Call for a field that had the keyboard this frame, with the rectangle it
// was drawn in: keeps it alive and, when the view has just changed size or
// the text just changed, scrolls the enclosing list so the field shows (its
// top first when it is taller than the view).
void keep_field_in_view(ImGuiID field, ImVec2 min, ImVec2 max, bool edited);

// A one-line field drawn by ImGui at the cursor (`widget_id` is its id), its
// text kept in step with the platform's text input (ui/text_bridge.hpp),
// the Enter that ends it noted (ctx().field_entered), and kept in view while
// it has the keyboard (`active`). True when the text changed.
bool bridged_input(const char* id, const char* hint, std::string& text, ImGuiInputTextFlags flags,
                   ImGuiID widget_id, bool active);

} // namespace rapport::ui
