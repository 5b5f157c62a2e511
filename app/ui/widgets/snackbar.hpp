#pragma once
// A short confirmation at the bottom of the content ("Deleted Amara · Undo").
#include <imgui.h>
#include <string_view>

namespace rapport::ui {

// Draws inside min..max (the content area). Returns true when Undo is tapped.
bool snackbar_ui(ImVec2 min, ImVec2 max, std::string_view text, bool with_undo);

} // namespace rapport::ui
