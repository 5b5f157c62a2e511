// The calendar rules at whatever instant and in whatever zone the suite runs
// (TZ and faketime: `./cmake/dev calendar` and the `calendar` tests run
// these at a Monday morning, 23:59:30, both Chicago DST changes, a Kolkata
// leap day and New Year in Chatham). Each checks a property that must hold
// at every instant, against the system clock the app itself uses.
#include "core/calendar.hpp"
#include "core/follow_up_rules.hpp"

#include <doctest/doctest.h>

using namespace rapport::core;

TEST_SUITE("calendar") {

    TEST_CASE("today's windows start and end at local midnights, one and seven days on") {
        const SystemClock clock;
        const Millis now = clock.now();
        const LocalDate today = local_date(now, clock);
        const DueWindows window = due_windows(now, clock);
        CHECK(start_of_local_day(now, clock) <= now);
        CHECK(now < window.end_of_today);
        CHECK(local_date(window.end_of_today, clock) == add_days(today, 1));
        CHECK(local_date(window.end_of_today - 1, clock) == today);
        CHECK(local_date(window.end_of_soon, clock) == add_days(today, 1 + kDueSoonDays));
        CHECK(local_date(window.end_of_soon - 1, clock) == add_days(today, kDueSoonDays));
        // A day is 23, 24 or 25 hours (or a zone's odd half-hour change).
        const Millis length = window.end_of_today - start_of_local_day(now, clock);
        CHECK(length >= 22 * kHour);
        CHECK(length <= 26 * kHour);
    }

    TEST_CASE("snoozes land on the wall clock's 9:00 on the day they name") {
        const SystemClock clock;
        const Millis now = clock.now();
        const LocalDate today = local_date(now, clock);
        const Millis tomorrow = snooze_until(SnoozeChoice::Tomorrow, now, clock);
        CHECK(local_date(tomorrow, clock) == add_days(today, 1));
        CHECK(local_time_text(tomorrow, clock) == "09:00");
        const Millis monday = snooze_until(SnoozeChoice::NextWeek, now, clock);
        CHECK(local_weekday(monday, clock) == 1);
        CHECK(local_time_text(monday, clock) == "09:00");
        CHECK(monday > now);
        // From a Sunday it is tomorrow; from a Monday, a week on.
        const long long days = local_day(monday, clock) - local_day(now, clock);
        CHECK(days >= 1);
        CHECK(days <= 7);
        const Millis two_weeks = snooze_until(SnoozeChoice::TwoWeeks, now, clock);
        CHECK(local_date(two_weeks, clock) == add_days(today, 14));
        const Millis later = snooze_until(SnoozeChoice::LaterToday, now, clock);
        CHECK(later > now);
        CHECK(later <= now + 3 * kHour);
    }

    TEST_CASE("every wall time of today reads back as itself, unless the clocks skip it") {
        const SystemClock clock;
        const LocalDate today = local_date(clock.now(), clock);
        for (int minutes = 0; minutes < 24 * 60; minutes += 15) {
            const auto at = local_instant(today.year, today.month, today.day, minutes / 60,
                                          minutes % 60, clock);
            REQUIRE(at);
            CAPTURE(minutes);
            const std::string text = local_time_text(*at, clock);
            const bool skipped = text != time_text(minutes);
            if (skipped) // read as a wall clock moved on would show it: later that day
                CHECK(*parse_time(text) > minutes);
            CHECK(local_date(*at, clock) == today);
        }
    }

    TEST_CASE("nudges fall on weekdays, 3 and 7 business days on, at the same wall time") {
        const SystemClock clock;
        const Millis now = clock.now();
        const NudgeSchedule s = nudges_after(now, clock);
        for (const Millis at : {s.nudge, s.last_nudge}) {
            const int weekday = local_weekday(at, clock);
            CHECK(weekday >= 1);
            CHECK(weekday <= 5);
        }
        CHECK(s.nudge > now + 3 * kDay - 2 * kHour);
        CHECK(s.nudge <= now + 5 * kDay + 2 * kHour);
        CHECK(s.last_nudge > s.nudge);
    }

} // TEST_SUITE
