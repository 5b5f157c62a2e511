#pragma once
// What other features may ask of people: its actions (recorded, applied after
// the frame) and requests (answered at once), served by its own handlers.
// The only part of this feature another feature includes.
#include "store/store.hpp"
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rapport::ui {

struct PeopleFilter {
    std::optional<core::Stage> stage;
    std::optional<core::Source> source;
    store::PeopleSort sort = store::PeopleSort::NextAction;
    bool operator==(const PeopleFilter&) const = default;
};

struct SetFilter {
    PeopleFilter filter;
};

struct Search {
    std::string text;
};

} // namespace rapport::ui
