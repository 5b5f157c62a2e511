// When the app syncs by itself (features/sync/sync_schedule.hpp).
#include "features/sync/sync_schedule.hpp"

#include <doctest/doctest.h>

using rapport::core::kMinute;
using rapport::core::kSecond;
using rapport::core::Millis;
using Schedule = rapport::ui::SyncSchedule;

namespace {
constexpr Millis kNow = 1'750'000'000'000;
} // namespace

TEST_CASE("the schedule syncs at launch, then every 15 minutes") {
    Schedule schedule;
    CHECK_FALSE(schedule.due(kNow)); // no account opened yet
    schedule.launched(kNow);
    CHECK(schedule.due(kNow));
    schedule.started();
    schedule.finished(kNow + kSecond, Schedule::Result::Synced);
    CHECK_FALSE(schedule.due(kNow + 14 * kMinute));
    CHECK(schedule.due(kNow + kSecond + 15 * kMinute));
}

TEST_CASE(
    "the schedule syncs a few seconds after typing settles, and at most 30 s after it began") {
    Schedule schedule;
    schedule.launched(kNow);
    schedule.started();
    schedule.finished(kNow, Schedule::Result::Synced);
    schedule.changed(kNow + kMinute);
    CHECK_FALSE(schedule.due(kNow + kMinute + 4 * kSecond));
    CHECK(schedule.due(kNow + kMinute + 5 * kSecond));
    // A change every 2 s never settles: the sync still comes 30 s after the first.
    Schedule typing;
    typing.launched(kNow);
    typing.started();
    typing.finished(kNow, Schedule::Result::Synced);
    for (Millis t = kMinute; t < kMinute + 29 * kSecond; t += 2 * kSecond) {
        typing.changed(kNow + t);
        CHECK_FALSE(typing.due(kNow + t + kSecond));
    }
    CHECK(*typing.next() == kNow + kMinute + 30 * kSecond);
}

TEST_CASE("the schedule backs off while offline: 30 s, 1, 2, 4 min… at most 15, changes wait too") {
    Schedule schedule;
    schedule.launched(kNow);
    Millis now = kNow;
    const Millis expected[] = {30 * kSecond, kMinute,      2 * kMinute, 4 * kMinute,
                               8 * kMinute,  15 * kMinute, 15 * kMinute};
    for (Millis delay : expected) {
        schedule.started();
        schedule.finished(now, Schedule::Result::Retry);
        REQUIRE(schedule.next());
        CHECK(*schedule.next() - now == delay);
        schedule.changed(now + kSecond); // typing offline does not hurry it
        CHECK(*schedule.next() - now == delay);
        now = *schedule.next();
    }
    schedule.started();
    schedule.finished(now, Schedule::Result::Synced);
    CHECK(schedule.failures() == 0);
    CHECK(*schedule.next() - now == 15 * kMinute);
}

TEST_CASE("a refused password waits for the person, and Sync now ends any wait") {
    Schedule schedule;
    schedule.launched(kNow);
    schedule.started();
    schedule.finished(kNow, Schedule::Result::NeedsPerson);
    CHECK(schedule.waiting_for_person());
    CHECK_FALSE(schedule.next());
    schedule.changed(kNow + kMinute);
    CHECK_FALSE(schedule.due(kNow + 60 * kMinute));
    schedule.asked(kNow + 2 * kMinute);
    CHECK(schedule.due(kNow + 2 * kMinute));
}
