#pragma once
// The user's display choices, kept in $XDG_CONFIG_HOME/rapport/settings.ini.
#include "core/calendar.hpp"
#include "ui/theme.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace rapport::ui {

// 14:30 or 2:30 PM: as the system's locale has it, or chosen.
enum class ClockChoice { System, TwentyFour, Twelve };

struct Preferences {
    ThemeKind theme = ThemeKind::Light;
    float text_size = 1.0f; // multiplied with the display's content scale
    ClockChoice clock = ClockChoice::System;
    std::vector<std::string> recent_files; // imported lately, newest first (at most 5)
    // Notifications for follow-ups that fall due while Rapport is closed
    // (`rapport remind` from a systemd user timer); off until turned on.
    bool reminders = false;
    // With reminders on: ask for the notes when a conversation ends.
    bool ask_when_ended = true;
    // No notification from quiet_from to quiet_until (minutes after
    // midnight, may wrap past it); equal means no quiet hours.
    int quiet_from = 22 * 60;
    int quiet_until = 8 * 60;
    // How People is sorted, kept between launches: "next" (next action),
    // "met" (recently met) or "name".
    std::string people_sort = "next";

    static constexpr float kMinTextSize = 0.85f;
    static constexpr float kMaxTextSize = 1.60f;
    bool operator==(const Preferences&) const = default;
};

// 14:30 or 2:30 PM: as chosen, else as the system's locale has it.
core::HourClock hour_clock_of(const Preferences& preferences, bool system_twelve_hour);

// Unknown keys and out-of-range values are ignored, keeping defaults.
Preferences parse_preferences(std::string_view text);
std::string format_preferences(const Preferences& preferences);

// A missing or unreadable file gives the defaults.
Preferences load_preferences(const std::string& path);
// Writes atomically (temporary file, then rename). False with a reason.
bool save_preferences(const std::string& path, const Preferences& preferences, std::string& error);

} // namespace rapport::ui
