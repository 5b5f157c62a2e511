#pragma once
// What every screen may show, read by the shell after each change (never
// while drawing): the time, totals, errors and everyone's names. What one
// feature shows lives in that feature.
#include "core/calendar.hpp"
#include "core/clock.hpp"
#include "store/store.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace rapport::ui {

struct ReadModel {
    std::int64_t people_total = 0;
    bool has_notes = false;
    std::string database_path;
    bool welcome = false;         // first run: ask for name, background and goals
    std::string documents_folder; // where import and export paths start
    std::string today_text;       // "2026-11-27", for file names
    bool browser_files = false;   // downloads and a file picker instead of paths
    std::string version;
    // Why reminders cannot show while Rapport is closed (empty: they can,
    // or they are off).
    std::string reminders_problem;
    std::string read_only;                                    // why changes cannot be saved, if so
    core::Millis now = 0;                                     // when this model was read
    const core::Clock* zone = nullptr;                        // the user's time zone (UTC if none)
    core::HourClock hour_clock = core::HourClock::TwentyFour; // 14:30 or 2:30 PM
    core::Millis now_precise = 0;                             // this frame's time, for timers
    // Counts up whenever people change: lists read with an older value are stale.
    std::uint64_t people_version = 1;
    std::vector<store::PersonName> names; // everyone, for pickers and lead checks
};

} // namespace rapport::ui
