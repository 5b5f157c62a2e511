#include "core/calendar.hpp"
#include "core/follow_up_rules.hpp"

#include <doctest/doctest.h>

using namespace rapport::core;

namespace {
// Wednesday 2026-11-25 10:00 UTC.
constexpr Millis kWednesday = 1'795'600'800'000;
} // namespace

TEST_CASE("the test anchor really is a Wednesday") {
    ManualClock utc(kWednesday);
    CHECK(local_weekday(kWednesday, utc) == 3);
}

TEST_CASE("a thank-you is due 24 hours after the conversation") {
    CHECK(thank_you_due(kWednesday) == kWednesday + 24 * kHour);
}

TEST_CASE("nudges come 3 and 7 business days after an unanswered outreach, skipping weekends") {
    ManualClock utc(kWednesday);
    const NudgeSchedule s = nudges_after(kWednesday, utc);
    CHECK(s.nudge == kWednesday + 5 * kDay);      // Wed → Mon (Thu, Fri, Mon)
    CHECK(s.last_nudge == kWednesday + 9 * kDay); // → Fri of the next week
    CHECK(local_weekday(s.nudge, utc) == 1);
    CHECK(local_weekday(s.last_nudge, utc) == 5);
}

TEST_CASE("business days follow the user's calendar, not UTC's") {
    // Friday 23:30 in UTC-6 is already Saturday in UTC.
    const Millis friday_evening_local = kWednesday + 2 * kDay + 19 * kHour + 30 * kMinute;
    ManualClock central(friday_evening_local, -6 * 60);
    CHECK(local_weekday(friday_evening_local, central) == 5);
    const Millis next = add_business_days(friday_evening_local, 1, central);
    CHECK(local_weekday(next, central) == 1); // Monday, same local time
    CHECK(next - friday_evening_local == 3 * kDay);
}

TEST_CASE("keep in touch: green, then amber in the last quarter, red when due") {
    const Millis met = kWednesday;
    CHECK(keep_in_touch(met, 0, met + 400 * kDay).state == TouchState::None);
    CHECK(keep_in_touch(std::nullopt, 30, met).state == TouchState::None);
    CHECK(keep_in_touch(met, 30, met + 10 * kDay).state == TouchState::Green);
    CHECK(keep_in_touch(met, 30, met + 23 * kDay).state == TouchState::Amber);
    CHECK(keep_in_touch(met, 30, met + 30 * kDay).state == TouchState::Red);
    CHECK(*keep_in_touch(met, 30, met).due == met + 30 * kDay);
    // A long cadence gets at most two weeks of amber.
    CHECK(keep_in_touch(met, 180, met + 160 * kDay).state == TouchState::Green);
    CHECK(keep_in_touch(met, 180, met + 170 * kDay).state == TouchState::Amber);
}

TEST_CASE("a logged interaction resets the keep-in-touch clock") {
    const Millis met = kWednesday;
    CHECK(keep_in_touch(met, 30, met + 40 * kDay).state == TouchState::Red);
    const Millis talked_again = met + 40 * kDay;
    CHECK(keep_in_touch(talked_again, 30, met + 41 * kDay).state == TouchState::Green);
}

TEST_CASE("due state: upcoming, today, overdue by local day") {
    ManualClock utc(kWednesday);
    CHECK(due_state(kWednesday + 2 * kHour, kWednesday, utc) == DueState::Today);
    CHECK(due_state(kWednesday - 1 * kHour, kWednesday, utc) == DueState::Today);
    CHECK(due_state(kWednesday - 1 * kDay, kWednesday, utc) == DueState::Overdue);
    CHECK(due_state(kWednesday + 1 * kDay, kWednesday, utc) == DueState::Upcoming);
}

TEST_CASE("local dates and times parse in the user's zone and refuse impossible ones") {
    ManualClock central(kWednesday, -6 * 60);
    const auto t = parse_local("2026-12-02", "14:30", central);
    REQUIRE(t);
    CHECK(*t == 1'796'221'800'000 + 6 * kHour); // 14:30 in UTC-6 is 20:30 UTC
    CHECK(local_date_text(*t, central) == "2026-12-02");
    CHECK(local_time_text(*t, central) == "14:30");
    CHECK_FALSE(parse_local("2026-02-30", "10:00", central));
    CHECK_FALSE(parse_local("2026-12-02", "25:00", central));
    CHECK_FALSE(parse_local("tomorrow", "10:00", central));
    CHECK(parse_local("2028-02-29", "00:00", central)); // a leap day
}

TEST_CASE("snooze choices land at sensible local times") {
    // Wednesday 2026-11-25 10:00 in the manual clock's zone.
    rapport::core::ManualClock clock(1'795'600'800'000);
    using namespace rapport::core;
    const Millis now = clock.now();
    const Millis midnight = start_of_local_day(now, clock);
    CHECK(snooze_until(SnoozeChoice::LaterToday, now, clock) == now + 3 * kHour);
    CHECK(snooze_until(SnoozeChoice::Tomorrow, now, clock) == midnight + kDay + 9 * kHour);
    // Next Monday morning, 5 days on from a Wednesday.
    CHECK(local_weekday(snooze_until(SnoozeChoice::NextWeek, now, clock), clock) == 1);
    CHECK(snooze_until(SnoozeChoice::NextWeek, now, clock) == midnight + 5 * kDay + 9 * kHour);
    CHECK(snooze_until(SnoozeChoice::TwoWeeks, now, clock) == midnight + 14 * kDay + 9 * kHour);
    // Late in the evening, later today is an hour on, not past midnight.
    const Millis late = midnight + 22 * kHour;
    CHECK(snooze_until(SnoozeChoice::LaterToday, late, clock) == late + kHour);
}
