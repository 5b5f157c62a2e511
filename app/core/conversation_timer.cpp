#include "core/conversation_timer.hpp"

#include "core/plural.hpp"
#include <cstdio>
#include <string>

namespace rapport::core {

TimerReading read_timer(Millis started_at, int duration_minutes, Millis now) {
    TimerReading reading;
    reading.remaining = started_at + static_cast<Millis>(duration_minutes) * kMinute - now;
    if (reading.remaining <= 0)
        reading.phase = TimerPhase::Over;
    else if (reading.remaining <= kClosingWarning)
        reading.phase = TimerPhase::Closing;
    // Whole seconds, rounded up while counting down so 0:00 means over.
    const Millis shown =
        reading.remaining > 0 ? (reading.remaining + 999) / 1000 : -reading.remaining / 1000;
    char text[32];
    std::snprintf(text, sizeof text,
                  reading.remaining > 0 ? "%lld:%02lld left" : "+%lld:%02lld over",
                  static_cast<long long>(shown / 60), static_cast<long long>(shown % 60));
    reading.text = text;
    return reading;
}

std::string spoken_time_left(const TimerReading& reading) {
    if (reading.remaining <= 0) return "Time's up";
    const long long minutes = (reading.remaining + kMinute - 1) / kMinute; // begun minutes
    const long long said = minutes <= 2 ? minutes : (minutes + 4) / 5 * 5;
    return counted(said, "minute left", "minutes left");
}

} // namespace rapport::core
