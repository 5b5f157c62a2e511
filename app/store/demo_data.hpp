#pragma once
// Realistic, varied, deterministic demo data: people across every stage and
// source, research, planned and held conversations with answers, notes,
// messages and the follow-ups the rules derive from them.
#include "store/store.hpp"

namespace rapport::store {

struct DemoSummary {
    int people = 0;
    int notes = 0;
    int conversations = 0;
};

constexpr int kDefaultDemoPeople = 36;

// Fills an empty database. Refuses (ErrorKind::Invalid) when it already has
// people. The same `people` and `seed` always give the same data.
Error fill_demo(Store& store, int people, DemoSummary& summary, unsigned long long seed = 42);
// The student the demo writes its messages and speech as (Jordan Reyes).
core::Profile demo_profile();

} // namespace rapport::store
