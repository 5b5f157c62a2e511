#pragma once
// A touch-friendly day chooser: one month as a grid of round day cells, the
// months before and after one tap away. Today is ringed, the chosen day
// filled, days outside `earliest`…`latest` dimmed and not tappable. Weeks start on
// Monday. Which month is on show is the widget's own state, kept in ImGui's
// storage under `id` (as a tree node keeps whether it is open).
#include "core/calendar.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace rapport::ui {

// Returns the day tapped, if any. Each day is recorded for tests and
// assistive technology by its day_label (ui/wording.hpp): "Thu 24 December".
std::optional<core::LocalDate> date_picker(const char* id, std::optional<core::LocalDate> selected,
                                           core::LocalDate today,
                                           std::optional<core::LocalDate> earliest = {},
                                           std::optional<core::LocalDate> latest = {});

// How wide the month grid is at most (seven finger-sized columns): what
// sits with it (a time stepper) lines up with it.
float date_picker_width();

// A row of quick choices ("Tomorrow", "Next week"…) and a last chip, "Pick
// a day", that opens the month under the row (days from `earliest` on).
// Whether the month is open is kept in ImGui's storage under `id`.
struct ChoiceOrDay {
    int choice = -1;                    // a quick choice tapped
    std::optional<core::LocalDate> day; // or a day picked in the month
};
ChoiceOrDay choices_or_day(const char* id, std::vector<std::string_view> choices,
                           core::LocalDate today, core::LocalDate earliest);

} // namespace rapport::ui
