#pragma once
// A touch-friendly day chooser: one month as a grid of round day cells, the
// months before and after one tap away. Today is ringed, the chosen day
// filled, days outside `earliest`…`latest` dimmed and not tappable. Weeks start on
// Monday. Which month is on show is the widget's own state, kept in ImGui's
// storage under `id` (as a tree node keeps whether it is open).
#include "core/calendar.hpp"

#include <optional>

namespace rapport::ui {

// Returns the day tapped, if any. Each day is recorded for tests and
// assistive technology by its day_label (ui/wording.hpp): "Thu 24 December".
std::optional<core::LocalDate> date_picker(const char* id, std::optional<core::LocalDate> selected,
                                           core::LocalDate today,
                                           std::optional<core::LocalDate> earliest = {},
                                           std::optional<core::LocalDate> latest = {});

} // namespace rapport::ui
