#include "core/calendar.hpp"

namespace rapport::core {
namespace {

long long floor_div(long long a, long long b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}
Millis to_local(Millis t, const Clock& clock) {
    return t + static_cast<Millis>(clock.utc_offset_minutes(t)) * kMinute;
}

} // namespace

long long local_day(Millis t, const Clock& clock) {
    return floor_div(to_local(t, clock), kDay);
}

int local_weekday(Millis t, const Clock& clock) {
    // 1970-01-01 was a Thursday (4).
    return static_cast<int>(((local_day(t, clock) + 4) % 7 + 7) % 7);
}

int day_of_month(Millis t, const Clock& clock) {
    // Civil-from-days (Howard Hinnant's algorithm), on the local day number.
    long long z = local_day(t, clock) + 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const long long doe = z - era * 146097;
    const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long long mp = (5 * doy + 2) / 153;
    return static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
}

Millis start_of_local_day(Millis t, const Clock& clock) {
    const Millis local_midnight = local_day(t, clock) * kDay;
    return local_midnight - static_cast<Millis>(clock.utc_offset_minutes(t)) * kMinute;
}

Millis add_business_days(Millis from, int days, const Clock& clock) {
    Millis local = to_local(from, clock);
    int added = 0;
    while (added < days) {
        local += kDay;
        const int weekday = static_cast<int>(((floor_div(local, kDay) + 4) % 7 + 7) % 7);
        if (weekday != 0 && weekday != 6) ++added;
    }
    // Convert back with the offset in force at the result (DST may differ).
    const Millis guess = local - static_cast<Millis>(clock.utc_offset_minutes(from)) * kMinute;
    return local - static_cast<Millis>(clock.utc_offset_minutes(guess)) * kMinute;
}

} // namespace rapport::core
