// The rules at the awkward instants and places: both daylight-saving changes
// in America/Chicago, a leap day in Asia/Kolkata (+05:30), New Year in
// Pacific/Chatham (+13:45). Each test names its zone (TZ, read by the
// clock's offsets) and its instant; the expected instants were worked out
// independently with Python's zoneinfo.
#include "core/calendar.hpp"
#include "core/conversation_plan.hpp"
#include "core/follow_up_rules.hpp"
#include "unit/time_zone.hpp"

#include <doctest/doctest.h>

using namespace rapport::core;
using rapport::testing::ScopedTimeZone;

TEST_CASE("spring forward in Chicago: a 23-hour day, and 02:30 that never comes reads as 03:30") {
    ScopedTimeZone zone("America/Chicago");
    ManualLocalClock clock(1'772'982'000'000);                          // Sun 2026-03-08 10:00 CDT
    CHECK(start_of_local_day(clock.now(), clock) == 1'772'949'600'000); // 00:00 CST
    const DueWindows window = due_windows(clock.now(), clock);
    CHECK(window.end_of_today == 1'773'032'400'000); // Mon 00:00 CDT
    CHECK(window.end_of_today - start_of_local_day(clock.now(), clock) == 23 * kHour);
    CHECK(local_instant(2026, 3, 8, 2, 30, clock) == 1'772'958'600'000); // 03:30 CDT
    CHECK(local_time_text(*local_instant(2026, 3, 8, 2, 30, clock), clock) == "03:30");
    // "Later today" is 20:00 at the latest, on the wall clock.
    const Millis evening = 1'773'018'000'000; // 20:00 CDT
    CHECK(snooze_until(SnoozeChoice::LaterToday, evening - 2 * kHour, clock) == evening);
}

TEST_CASE("tomorrow 9:00 across the spring change is 9:00 on the wall clock") {
    ScopedTimeZone zone("America/Chicago");
    ManualLocalClock clock(1'772'942'400'000); // Sat 2026-03-07 22:00 CST
    CHECK(snooze_until(SnoozeChoice::Tomorrow, clock.now(), clock) == 1'772'978'400'000);
    CHECK(local_time_text(snooze_until(SnoozeChoice::Tomorrow, clock.now(), clock), clock) ==
          "09:00");
}

TEST_CASE("fall back in Chicago: a 25-hour day, 01:30 twice and the first is meant") {
    ScopedTimeZone zone("America/Chicago");
    ManualLocalClock clock(1'793'548'800'000);                          // Sun 2026-11-01 10:00 CST
    CHECK(start_of_local_day(clock.now(), clock) == 1'793'509'200'000); // 00:00 CDT
    const DueWindows window = due_windows(clock.now(), clock);
    CHECK(window.end_of_today == 1'793'599'200'000);
    CHECK(window.end_of_today - start_of_local_day(clock.now(), clock) == 25 * kHour);
    // A conversation planned at 01:30 that night: the 01:30 before the change
    // (CDT), and it reads back as 01:30.
    const auto planned = parse_local("2026-11-01", "01:30", clock);
    REQUIRE(planned);
    CHECK(*planned == 1'793'514'600'000);
    CHECK(local_time_text(*planned, clock) == "01:30");
    CHECK(local_date_text(*planned, clock) == "2026-11-01");
    // The second 01:30 (CST), an hour later, reads as 01:30 too.
    CHECK(local_time_text(*planned + kHour, clock) == "01:30");
}

TEST_CASE("next Monday from a Saturday before the fall change is Monday 9:00 standard time") {
    ScopedTimeZone zone("America/Chicago");
    ManualLocalClock clock(1'793'466'000'000); // Sat 2026-10-31 12:00 CDT
    const Millis monday = snooze_until(SnoozeChoice::NextWeek, clock.now(), clock);
    CHECK(monday == 1'793'631'600'000); // Mon 2026-11-02 09:00 CST
    CHECK(local_weekday(monday, clock) == 1);
}

TEST_CASE("next Monday from a Monday morning is a week on, at 9:00") {
    ScopedTimeZone zone("America/Chicago");
    ManualLocalClock clock(1'797'260'340'000); // Mon 2026-12-14 08:59 CST
    CHECK(snooze_until(SnoozeChoice::NextWeek, clock.now(), clock) == 1'797'865'200'000);
    // Beyond "due soon": Today must still say where it went (the later count).
    CHECK(snooze_until(SnoozeChoice::NextWeek, clock.now(), clock) >=
          due_windows(clock.now(), clock).end_of_soon);
}

TEST_CASE("nudges after 3 and 7 business days across the fall change and a weekend") {
    ScopedTimeZone zone("America/Chicago");
    ManualLocalClock clock(1'793'286'000'000); // Thu 2026-10-29 10:00 CDT
    const NudgeSchedule s = nudges_after(clock.now(), clock);
    CHECK(s.nudge == 1'793'721'600'000);      // Tue 2026-11-03 10:00 CST (Fri, Mon, Tue)
    CHECK(s.last_nudge == 1'794'240'000'000); // Mon 2026-11-09 10:00 CST
}

TEST_CASE("a thank-you for a conversation held at 23:50 is due today, not overdue, the next day") {
    ScopedTimeZone zone("America/Chicago");
    const Millis held = 1'793'508'600'000; // Sat 2026-10-31 23:50 CDT, the night of the change
    ManualLocalClock clock(held + 10 * kMinute); // 00:00 Sunday
    const Millis due = thank_you_due(held);
    CHECK(due == held + 24 * kHour);
    CHECK(local_time_text(due, clock) == "22:50"); // the clocks went back an hour
    CHECK(due_state(due, clock.now(), clock) == DueState::Today);
    CHECK(due < due_windows(clock.now(), clock).end_of_today);
    clock.set(due + kHour + 15 * kMinute); // 00:05 Monday
    CHECK(due_state(due, clock.now(), clock) == DueState::Overdue);
}

TEST_CASE(
    "the night before, at 23:59:30, a plan's default is tomorrow 10:00 and today ends in 30 s") {
    ScopedTimeZone zone("America/Chicago");
    ManualLocalClock clock(1'797'227'970'000); // Sun 2026-12-13 23:59:30 CST
    CHECK(due_windows(clock.now(), clock).end_of_today == clock.now() + 30 * kSecond);
    CHECK(local_date_text(default_plan_time(clock.now(), clock), clock) == "2026-12-14");
    CHECK(local_time_text(default_plan_time(clock.now(), clock), clock) == "10:00");
}

TEST_CASE("a leap day in Kolkata (+05:30): days start at local midnight, tomorrow is 1 March") {
    ScopedTimeZone zone("Asia/Kolkata");
    ManualLocalClock clock(1'835'418'600'000); // Tue 2028-02-29 12:00 IST
    CHECK(local_date_text(clock.now(), clock) == "2028-02-29");
    CHECK(start_of_local_day(clock.now(), clock) == 1'835'375'400'000);
    CHECK(due_windows(clock.now(), clock).end_of_today == 1'835'461'800'000);
    CHECK(snooze_until(SnoozeChoice::Tomorrow, clock.now(), clock) == 1'835'494'200'000);
    CHECK(snooze_until(SnoozeChoice::NextWeek, clock.now(), clock) == 1'835'926'200'000);
    CHECK(local_time_text(clock.now(), clock) == "12:00");
    clock.set(1'835'461'770'000); // 23:59:30
    CHECK(local_date_text(clock.now(), clock) == "2028-02-29");
    CHECK(local_date_text(clock.now() + kMinute, clock) == "2028-03-01");
}

TEST_CASE("New Year in Chatham (+13:45): the year turns at local midnight") {
    ScopedTimeZone zone("Pacific/Chatham");
    ManualLocalClock clock(1'798'712'070'000); // Thu 2026-12-31 23:59:30 +13:45
    CHECK(local_date_text(clock.now(), clock) == "2026-12-31");
    CHECK(due_windows(clock.now(), clock).end_of_today == 1'798'712'100'000);
    CHECK(snooze_until(SnoozeChoice::Tomorrow, clock.now(), clock) == 1'798'744'500'000);
    CHECK(snooze_until(SnoozeChoice::NextWeek, clock.now(), clock) == 1'799'003'700'000);
    clock.set(1'798'712'130'000); // 00:00:30 on New Year's Day
    CHECK(local_date_text(clock.now(), clock) == "2027-01-01");
    CHECK(local_time_text(clock.now(), clock) == "00:00");
    CHECK(local_weekday(clock.now(), clock) == 5);
}
