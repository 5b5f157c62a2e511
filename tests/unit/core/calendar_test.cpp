#include "core/calendar.hpp"

#include <doctest/doctest.h>

using namespace rapport::core;

TEST_CASE("a local date is the user's calendar day, not UTC's") {
    // 2026-12-01 23:30 UTC is already 2 December in Auckland (+13:00).
    const Millis t = *local_instant(2026, 12, 1, 23, 30, ManualClock(0));
    CHECK(local_date(t, ManualClock(0)) == LocalDate{2026, 12, 1});
    CHECK(local_date(t, ManualClock(0, 13 * 60)) == LocalDate{2026, 12, 2});
    CHECK(local_date(t, ManualClock(0, -5 * 60)) == LocalDate{2026, 12, 1});
}

TEST_CASE("days are added across months, years and leap days") {
    CHECK(add_days({2026, 12, 30}, 3) == LocalDate{2027, 1, 2});
    CHECK(add_days({2028, 2, 28}, 1) == LocalDate{2028, 2, 29});
    CHECK(add_days({2027, 2, 28}, 1) == LocalDate{2027, 3, 1});
    CHECK(add_days({2027, 3, 1}, -1) == LocalDate{2027, 2, 28});
    CHECK(days_in_month(2028, 2) == 29);
    CHECK(days_in_month(2100, 2) == 28);
    CHECK(days_in_month(2026, 13) == 0);
}

TEST_CASE("weekdays and the morning of a chosen day") {
    CHECK(weekday_of({2026, 12, 1}) == 2); // a Tuesday
    CHECK(weekday_of({2027, 1, 3}) == 0);  // a Sunday
    const ManualClock berlin(0, 60);
    const Millis morning = morning_of({2026, 12, 24}, berlin);
    CHECK(local_date_text(morning, berlin) == "2026-12-24");
    CHECK(local_time_text(morning, berlin) == "09:00");
}

TEST_CASE("typed dates and times are read strictly and written back the same way") {
    CHECK(parse_date("2026-12-02") == LocalDate{2026, 12, 2});
    CHECK_FALSE(parse_date("2026-02-30"));
    CHECK_FALSE(parse_date("2026-12-02x"));
    CHECK_FALSE(parse_date("next tuesday"));
    CHECK(date_text({2027, 1, 5}) == "2027-01-05");
    CHECK(parse_time("14:30") == 14 * 60 + 30);
    CHECK(parse_time("9:05") == 9 * 60 + 5);
    CHECK_FALSE(parse_time("24:00"));
    CHECK_FALSE(parse_time("14:30pm"));
    CHECK(time_text(14 * 60 + 30) == "14:30");
    CHECK(time_text(-15) == "23:45"); // a step back from midnight
}

TEST_CASE("the time of day reads and writes as 2:30 PM too, stored the same") {
    CHECK(time_text(14 * 60 + 30, HourClock::Twelve) == "2:30 PM");
    CHECK(time_text(0, HourClock::Twelve) == "12:00 AM");
    CHECK(time_text(12 * 60 + 5, HourClock::Twelve) == "12:05 PM");
    CHECK(time_text(9 * 60, HourClock::Twelve) == "9:00 AM");
    CHECK(parse_time("2:30 PM") == 14 * 60 + 30);
    CHECK(parse_time("2:30pm") == 14 * 60 + 30);
    CHECK(parse_time("12:00 am") == 0);
    CHECK(parse_time("12 pm") == 12 * 60);
    CHECK(parse_time("9 a.m.") == 9 * 60);
    CHECK_FALSE(parse_time("13:00 pm"));
    CHECK_FALSE(parse_time("0:30 am"));
    CHECK_FALSE(parse_time("14")); // an hour alone needs am or pm
    CHECK_FALSE(parse_time("2:30 later"));
    for (int minutes = 0; minutes < 24 * 60; minutes += 7)
        CHECK(parse_time(time_text(minutes, HourClock::Twelve)) == minutes);
    const rapport::core::ManualClock clock(0);
    CHECK(parse_local("2026-12-02", "2:30 PM", clock) == parse_local("2026-12-02", "14:30", clock));
}
