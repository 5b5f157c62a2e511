#include "core/conversation_timer.hpp"

#include <doctest/doctest.h>

using namespace rapport::core;

TEST_CASE("the timer counts down, turns amber two minutes before the end, then is over") {
    const Millis start = 1'000'000;
    CHECK(read_timer(start, 15, start).text == "15:00 left");
    CHECK(read_timer(start, 15, start).phase == TimerPhase::Running);
    CHECK(read_timer(start, 15, start + 12 * kMinute + 59 * kSecond).phase == TimerPhase::Running);
    const TimerReading amber = read_timer(start, 15, start + 13 * kMinute);
    CHECK(amber.phase == TimerPhase::Closing);
    CHECK(amber.text == "2:00 left");
    CHECK(read_timer(start, 15, start + 14 * kMinute + 59'500).text == "0:01 left");
    const TimerReading over = read_timer(start, 15, start + 15 * kMinute + 42 * kSecond);
    CHECK(over.phase == TimerPhase::Over);
    CHECK(over.text == "+0:42 over");
    CHECK(read_timer(start, 30, start + 20 * kMinute).phase == TimerPhase::Running);
}
