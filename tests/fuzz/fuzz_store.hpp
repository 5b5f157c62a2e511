#pragma once
// The in-memory database a store fuzz target works on: made once a process
// (libFuzzer calls the target millions of times), with `name` in it; any
// failure to make it aborts, which the fuzzer reports.
#include "store/store.hpp"

#include <cstdlib>
#include <memory>
#include <string>

namespace rapport::fuzzing {

inline store::Store& fuzz_store(const std::string& name, const std::string& role = "") {
    static core::ManualClock clock{1'795'600'800'000};
    static std::unique_ptr<store::Store> made = [&] {
        store::Error error;
        auto s = store::Store::open(":memory:", clock, error);
        if (!s) std::abort();
        core::Person p;
        p.name = name;
        p.role = role;
        if (s->people().save(p)) std::abort();
        return s;
    }();
    return *made;
}

} // namespace rapport::fuzzing
