#pragma once
// The two navigation forms, of the slots the features declare
// (ui/navigator.hpp): a bottom bar at compact width, the tabs with the raised
// button in their middle (Today · People · (+) · Prepare · Careers), and a
// side rail from medium width up, the raised button on top and the foot's at
// the bottom.
#include "ui/navigator.hpp"

#include <imgui.h>
#include <optional>
#include <vector>

namespace rapport::ui {

// Draws the bar filling `min`..`max`. Returns the slot tapped, if any.
std::optional<NavigationSlot> bottom_navigation(ImVec2 min, ImVec2 max,
                                                const std::vector<NavigationSlot>& slots,
                                                Screen current_tab);
// The rail along the left edge.
std::optional<NavigationSlot> navigation_rail(ImVec2 min, ImVec2 max,
                                              const std::vector<NavigationSlot>& slots,
                                              Screen current_tab);

} // namespace rapport::ui
