// Field-level three-way merge: what a sync keeps when both devices edited.
#include "core/sync_record.hpp"

#include <doctest/doctest.h>

using namespace rapport::core;

namespace {
const SyncStamp kEarly{1000, "aaaa"};
const SyncStamp kLate{2000, "bbbb"};
} // namespace

TEST_CASE("a stamp travels as text and back") {
    const SyncStamp stamp{1764581234567, "3f2a-device"};
    CHECK(stamp_text(stamp) == "1764581234567@3f2a-device");
    CHECK(parse_stamp(stamp_text(stamp)) == stamp);
    CHECK_FALSE(parse_stamp("no-at-sign"));
    CHECK_FALSE(parse_stamp("12x@dev"));
    CHECK_FALSE(parse_stamp("@dev"));
}

TEST_CASE("the later stamp wins and the device id breaks a tie the same way everywhere") {
    CHECK(later_than(kLate, kEarly));
    CHECK_FALSE(later_than(kEarly, kLate));
    const SyncStamp same_time_other_device{1000, "zzzz"};
    CHECK(later_than(same_time_other_device, kEarly));
    CHECK_FALSE(later_than(kEarly, same_time_other_device));
    CHECK_FALSE(later_than(kEarly, kEarly));
}

TEST_CASE("different fields edited on each side: both edits kept, no conflict") {
    const SyncFields base{{"role", "Designer"}, {"email", "a@x.org"}};
    const SyncFields local{{"role", "Lead designer"}, {"email", "a@x.org"}};
    const SyncFields remote{{"role", "Designer"}, {"email", "amara@x.org"}};
    const MergeResult m = merge_fields(base, local, kEarly, remote, kLate);
    CHECK(m.fields.at("role") == "Lead designer");
    CHECK(m.fields.at("email") == "amara@x.org");
    CHECK(m.conflicts.empty());
    CHECK(m.local_changed);
    CHECK(m.remote_changed);
}

TEST_CASE("the same field edited on both sides: the later edit wins, the loser is reported") {
    const SyncFields base{{"role", "Designer"}};
    const SyncFields local{{"role", "Local role"}};
    const SyncFields remote{{"role", "Remote role"}};
    SUBCASE("remote later") {
        const MergeResult m = merge_fields(base, local, kEarly, remote, kLate);
        CHECK(m.fields.at("role") == "Remote role");
        REQUIRE(m.conflicts.size() == 1);
        CHECK(m.conflicts[0].field == "role");
        CHECK(m.conflicts[0].lost == "Local role");
        CHECK(m.conflicts[0].kept == "Remote role");
        CHECK(m.conflicts[0].local_lost);
    }
    SUBCASE("local later") {
        const MergeResult m = merge_fields(base, local, kLate, remote, kEarly);
        CHECK(m.fields.at("role") == "Local role");
        REQUIRE(m.conflicts.size() == 1);
        CHECK(m.conflicts[0].lost == "Remote role");
        CHECK_FALSE(m.conflicts[0].local_lost);
        CHECK_FALSE(m.local_changed);
        CHECK(m.remote_changed);
    }
}

TEST_CASE("a field the server's copy lacks is unchanged there, never cleared") {
    const SyncFields base{{"role", "Designer"}, {"research", "Notes"}};
    const SyncFields local{{"role", "Designer"}, {"research", "Notes"}};
    const SyncFields remote{{"role", "Designer"}}; // another app dropped it
    const MergeResult m = merge_fields(base, local, kEarly, remote, kLate);
    CHECK(m.fields.at("research") == "Notes");
    CHECK(m.conflicts.empty());
    CHECK_FALSE(m.local_changed);
    CHECK(m.remote_changed); // written back so the next device has it
}

TEST_CASE("null is a value: clearing a field on one side travels") {
    const SyncFields base{{"phone", "555"}};
    const SyncFields local{{"phone", std::nullopt}};
    const SyncFields remote{{"phone", "555"}};
    const MergeResult m = merge_fields(base, local, kEarly, remote, kLate);
    CHECK_FALSE(m.fields.at("phone").has_value());
    CHECK(m.conflicts.empty());
}

TEST_CASE("no base (never synced): differing values are a conflict decided by the stamps") {
    const SyncFields local{{"name", "Amara"}};
    const SyncFields remote{{"name", "Amara Osei"}};
    const MergeResult m = merge_fields(std::nullopt, local, kLate, remote, kEarly);
    CHECK(m.fields.at("name") == "Amara");
    CHECK(m.conflicts.size() == 1);
}
