#pragma once
// What other features may ask of today: its actions (recorded, applied after
// the frame) and requests (answered at once), served by its own handlers.
// The only part of this feature another feature includes.
#include "store/store.hpp"
#include <limits>
#include <optional>
#include <vector>

namespace rapport::ui {

// A tile on Today was tapped: it opens what it counts.
enum class TodaySection { None, Due, Soon };

struct LoadDemo {};

// A just-ended conversation's card let go (✕): Today stops asking.
struct LetGoEnded {
    std::string conversation_id;
};

struct ShowTodaySection {
    TodaySection section;
};

} // namespace rapport::ui
