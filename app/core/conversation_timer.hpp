#pragma once
// The visible countdown in conversation mode: the planned length (15 minutes
// by default), amber in the last two minutes, then "time's up".
#include "core/clock.hpp"

#include <string>

namespace rapport::core {

enum class TimerPhase { Running, Closing, Over };

constexpr Millis kClosingWarning = 2 * kMinute;

struct TimerReading {
    TimerPhase phase = TimerPhase::Running;
    Millis remaining = 0; // negative once over
    std::string text;     // "12:34 left", "1:59 left", "+0:42 over"
};

TimerReading read_timer(Millis started_at, int duration_minutes, Millis now);

// What a screen reader announces of the countdown: changes every five
// minutes, then at two and one minutes left, then "Time's up" ("15 minutes
// left", "10 minutes left", "2 minutes left", "1 minute left"). Every second
// would drown the conversation.
std::string spoken_time_left(const TimerReading& reading);

} // namespace rapport::core
