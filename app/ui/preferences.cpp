#include "ui/preferences.hpp"

#include "core/text.hpp"

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

namespace rapport::ui {
using core::trim;

namespace {

// "on" and "off" set the switch; anything else leaves it as it was.
void read_switch(const std::string& value, bool& setting) {
    if (value == "on") setting = true;
    if (value == "off") setting = false;
}

// "22:00-08:00"; a malformed span leaves the quiet hours as they were.
void read_quiet_hours(const std::string& value, Preferences& prefs) {
    int from_h = 0, from_m = 0, until_h = 0, until_m = 0;
    char tail = 0;
    if (std::sscanf(value.c_str(), "%2d:%2d-%2d:%2d%c", &from_h, &from_m, &until_h, &until_m,
                    &tail) != 4)
        return;
    const auto in_day = [](int hours, int minutes) {
        return hours >= 0 && hours < 24 && minutes >= 0 && minutes < 60;
    };
    if (!in_day(from_h, from_m) || !in_day(until_h, until_m)) return;
    prefs.quiet_from = from_h * 60 + from_m;
    prefs.quiet_until = until_h * 60 + until_m;
}

// strtof, not from_chars: the file must read the same in every locale.
void read_text_size(const std::string& value, Preferences& prefs) {
    char* end = nullptr;
    const float size = std::strtof(value.c_str(), &end);
    if (end && *end == '\0' && size >= Preferences::kMinTextSize - 0.001f &&
        size <= Preferences::kMaxTextSize + 0.001f)
        prefs.text_size = size;
}

void read_setting(const std::string& key, const std::string& value, Preferences& prefs) {
    if (key == "theme") {
        if (value == "dark") prefs.theme = ThemeKind::Dark;
        if (value == "light") prefs.theme = ThemeKind::Light;
    } else if (key == "clock") {
        if (value == "system") prefs.clock = ClockChoice::System;
        if (value == "24") prefs.clock = ClockChoice::TwentyFour;
        if (value == "12") prefs.clock = ClockChoice::Twelve;
    } else if (key == "recent_file") {
        if (!value.empty() && prefs.recent_files.size() < 5) prefs.recent_files.emplace_back(value);
    } else if (key == "people_sort") {
        if (value == "next" || value == "met" || value == "name") prefs.people_sort = value;
    } else if (key == "reminders") {
        read_switch(value, prefs.reminders);
    } else if (key == "ask_when_ended") {
        read_switch(value, prefs.ask_when_ended);
    } else if (key == "quiet_hours") {
        read_quiet_hours(value, prefs);
    } else if (key == "text_size") {
        read_text_size(value, prefs);
    }
}

} // namespace

Preferences parse_preferences(std::string_view text) {
    Preferences prefs;
    while (!text.empty()) {
        const size_t newline = text.find('\n');
        const std::string line = trim(text.substr(0, newline));
        text = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
        const size_t equals = line.find('=');
        if (line.empty() || line.front() == '#' || equals == std::string::npos) continue;
        read_setting(trim(std::string_view(line).substr(0, equals)),
                     trim(std::string_view(line).substr(equals + 1)), prefs);
    }
    return prefs;
}

std::string format_preferences(const Preferences& prefs) {
    char size[32];
    std::snprintf(size, sizeof size, "%.2f", static_cast<double>(prefs.text_size));
    std::string text =
        "# Rapport display settings\ntheme = " + std::string(theme_name(prefs.theme)) +
        "\ntext_size = " + size + "\nclock = " +
        (prefs.clock == ClockChoice::System       ? "system"
         : prefs.clock == ClockChoice::TwentyFour ? "24"
                                                  : "12") +
        "\n";
    char quiet[32];
    std::snprintf(quiet, sizeof quiet, "%02d:%02d-%02d:%02d", prefs.quiet_from / 60,
                  prefs.quiet_from % 60, prefs.quiet_until / 60, prefs.quiet_until % 60);
    text += std::string("reminders = ") + (prefs.reminders ? "on" : "off") +
            "\nask_when_ended = " + (prefs.ask_when_ended ? "on" : "off") +
            "\nquiet_hours = " + quiet + "\npeople_sort = " + prefs.people_sort + "\n";
    for (const std::string& file : prefs.recent_files)
        if (file.find('\n') == std::string::npos) text += "recent_file = " + file + "\n";
    return text;
}

core::HourClock hour_clock_of(const Preferences& preferences, bool system_twelve_hour) {
    const bool twelve = preferences.clock == ClockChoice::Twelve ||
                        (preferences.clock == ClockChoice::System && system_twelve_hour);
    return twelve ? core::HourClock::Twelve : core::HourClock::TwentyFour;
}

Preferences load_preferences(const std::string& path) {
    std::ifstream file(path);
    if (!file) return {};
    std::stringstream buffer;
    buffer << file.rdbuf();
    return parse_preferences(buffer.str());
}

bool save_preferences(const std::string& path, const Preferences& prefs, std::string& error) {
    const std::string temporary = path + ".tmp";
    {
        std::ofstream file(temporary, std::ios::trunc);
        file << format_preferences(prefs);
        if (!file.flush()) {
            error = "cannot write " + temporary;
            return false;
        }
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        error = "cannot replace " + path + ": " + std::strerror(errno);
        return false;
    }
    return true;
}

} // namespace rapport::ui
