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

TEST_CASE("a screen reader hears the countdown every five minutes, then at two and one, then "
          "time's up") {
    const Millis start = 1'000'000;
    const auto said = [&](Millis elapsed) {
        return spoken_time_left(read_timer(start, 15, start + elapsed));
    };
    CHECK(said(0) == "15 minutes left");
    CHECK(said(4 * kMinute + 59 * kSecond) == "15 minutes left"); // 10:01 left: not yet
    CHECK(said(5 * kMinute) == "10 minutes left");
    CHECK(said(9 * kMinute + 30 * kSecond) == "10 minutes left");
    CHECK(said(10 * kMinute) == "5 minutes left");
    CHECK(said(12 * kMinute + 59 * kSecond) == "5 minutes left"); // 2:01 left
    CHECK(said(13 * kMinute) == "2 minutes left");                // amber from here
    CHECK(said(14 * kMinute) == "1 minute left");
    CHECK(said(14 * kMinute + 59 * kSecond) == "1 minute left");
    CHECK(said(15 * kMinute) == "Time's up");
    CHECK(said(20 * kMinute) == "Time's up");
}
