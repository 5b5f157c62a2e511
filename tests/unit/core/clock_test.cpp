#include "core/clock.hpp"

#include <doctest/doctest.h>

using namespace rapport::core;

TEST_CASE("a manual clock only moves when told") {
    ManualClock clock(1'700'000'000'000);
    CHECK(clock.now() == 1'700'000'000'000);
    clock.advance(kDay);
    CHECK(clock.now() == 1'700'000'000'000 + 86'400'000);
}

TEST_CASE("the system clock reads the present in milliseconds") {
    SystemClock clock;
    const Millis now = clock.now();
    CHECK(now > 1'700'000'000'000); // after November 2023
    CHECK(now < 4'102'444'800'000); // before 2100
}
