#pragma once
// An in-memory store on a hand-set clock, with helpers to add people.
#include "store/store.hpp"

#include <doctest/doctest.h>

namespace rapport::testing {

// Wednesday 2026-11-25 10:00 UTC.
constexpr core::Millis kNow = 1'795'600'800'000;

struct StoreFixture {
    core::ManualClock clock{kNow};
    std::unique_ptr<store::Store> store;

    StoreFixture() {
        store::Error error;
        store = store::Store::open(":memory:", clock, error);
        REQUIRE_MESSAGE(store, error.message);
    }

    core::Person add(const std::string& name, const std::string& organisation = "",
                     core::Stage stage = core::Stage::Identified) {
        core::Person p;
        p.name = name;
        p.organisation = organisation;
        p.stage = stage;
        const store::Error error = store->people().save(p);
        REQUIRE_MESSAGE(!error, error.message);
        return p;
    }

    core::Conversation plan(const core::Person& p, core::Millis when) {
        core::Conversation c;
        c.person_id = p.id;
        c.when = when;
        const store::Error error = store->conversations().save(c);
        REQUIRE_MESSAGE(!error, error.message);
        return c;
    }
};

} // namespace rapport::testing
