#pragma once
// The two navigation forms: a bottom bar at compact width (Today · People ·
// (+) · Prepare · Careers) and a side rail from medium width up.
#include "ui/navigator.hpp"

#include <imgui.h>
#include <optional>

namespace rapport::ui {

// Draws the bar filling `min`..`max`. Returns the screen tapped, if any
// (Screen::Capture for the centre button).
std::optional<Screen> bottom_navigation(ImVec2 min, ImVec2 max, Screen current_tab);
// The rail along the left edge; adds Settings at the bottom.
std::optional<Screen> navigation_rail(ImVec2 min, ImVec2 max, Screen current_tab);

} // namespace rapport::ui
