#pragma once
// A row of small cards with a big number over a short label ("3 due today").
#include <string_view>

namespace rapport::ui {

struct Stat {
    long long value;
    std::string_view label;
};

// Each tile is a button that opens what it counts: returns the index of the
// tile tapped, or -1.
int stat_row(const Stat* stats, int count);

} // namespace rapport::ui
