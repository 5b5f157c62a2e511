#pragma once
// When a conversation happens, chosen by touch: the next days as chips, the
// month as a grid, the time in 15-minute steps; the Date and Time fields
// stay, so typing works as before. `date` ("2026-12-02") and `time`
// ("14:30") are the text the screen keeps and validates when it saves.
#include "core/calendar.hpp"

#include <optional>
#include <string>

namespace rapport::ui {

// Returns true when the date or time changed. The time is shown and written
// as `hours` has it; typing either way is read (parse_time).
bool when_picker(const char* id, std::string& date, std::string& time, core::LocalDate today,
                 std::optional<core::LocalDate> earliest = {},
                 std::optional<core::LocalDate> latest = {},
                 core::HourClock hours = core::HourClock::TwentyFour);

} // namespace rapport::ui
