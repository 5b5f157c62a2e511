// Dates read unambiguously: the weekday for the days of this week either
// way, day and month beyond it, and the year when it is not this one. Now
// is given by the test (Tue 2026-12-08 10:00 UTC), never the day it runs.
#include "core/clock.hpp"
#include "ui/read_model.hpp"
#include "ui/wording.hpp"

#include <doctest/doctest.h>

namespace core = rapport::core;
namespace ui = rapport::ui;

namespace {

constexpr core::Millis kTuesday = 1'796'724'000'000; // Tue 2026-12-08 10:00 UTC

ui::ReadModel model_at(core::Millis now) {
    ui::ReadModel m;
    m.now = now;
    m.now_precise = now;
    return m;
}

} // namespace

TEST_CASE("within six days a time says its weekday, a week or more off its date") {
    const ui::ReadModel m = model_at(kTuesday);
    CHECK(ui::day_and_time(kTuesday + 2 * core::kDay, m) == "Thu 10:00");
    CHECK(ui::day_and_time(kTuesday + 6 * core::kDay, m) == "Mon 10:00");
    CHECK(ui::day_and_time(kTuesday + 7 * core::kDay, m) == "Tue 15 Dec, 10:00");
    CHECK(ui::day_and_time(kTuesday - 8 * core::kDay, m) == "Mon 30 Nov, 10:00");
}

TEST_CASE("a date in another year says the year") {
    const ui::ReadModel m = model_at(kTuesday);
    // 14 January is next year: "Thu 14 Jan" alone could be last January.
    CHECK(ui::day_and_time(kTuesday + 37 * core::kDay + core::kHour, m) ==
          "Thu 14 Jan 2027, 11:00");
    CHECK(ui::day_and_time(kTuesday - 365 * core::kDay, m) == "Mon 8 Dec 2025, 10:00");
}
