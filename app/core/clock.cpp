#include "core/clock.hpp"

#include <chrono>
#include <ctime>

namespace rapport::core {

Millis SystemClock::now() const {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

int SystemClock::utc_offset_minutes(Millis t) const {
    const std::time_t seconds = static_cast<std::time_t>(t / 1000);
    std::tm local{};
    localtime_r(&seconds, &local);
    return static_cast<int>(local.tm_gmtoff / 60);
}

} // namespace rapport::core
