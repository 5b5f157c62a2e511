#include "core/calendar.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

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

namespace {

long long days_from_civil(long long y, unsigned m, unsigned d) {
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long long>(doe) - 719468;
}

bool leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

LocalDate civil_from_days(long long days) {
    const long long z = days + 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const long long doe = z - era * 146097;
    const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long long mp = (5 * doy + 2) / 153;
    const long long day = doy - (153 * mp + 2) / 5 + 1;
    const long long month = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<int>(yoe + era * 400 + (month <= 2)), static_cast<int>(month),
            static_cast<int>(day)};
}

long long days_of(LocalDate d) {
    return days_from_civil(d.year, static_cast<unsigned>(d.month), static_cast<unsigned>(d.day));
}

} // namespace

int days_in_month(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    return m == 2 && leap(y) ? 29 : days[m - 1];
}

LocalDate local_date(Millis t, const Clock& clock) {
    return civil_from_days(local_day(t, clock));
}

int day_of_month(Millis t, const Clock& clock) {
    return local_date(t, clock).day;
}

LocalDate add_days(LocalDate date, int days) {
    return civil_from_days(days_of(date) + days);
}

int weekday_of(LocalDate date) {
    return static_cast<int>(((days_of(date) + 4) % 7 + 7) % 7);
}

Millis morning_of(LocalDate date, const Clock& clock) {
    return at_time(date, 9, 0, clock);
}

Millis at_time(LocalDate date, int hour, int minute, const Clock& clock) {
    return local_instant(date.year, date.month, date.day, hour, minute, clock).value_or(0);
}

std::optional<Millis> local_instant(int year, int month, int day, int hour, int minute,
                                    const Clock& clock) {
    if (year < 1970 || year > 9999 || month < 1 || month > 12 || day < 1 ||
        day > days_in_month(year, month) || hour < 0 || hour > 23 || minute < 0 || minute > 59)
        return std::nullopt;
    const Millis local =
        days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * kDay +
        hour * kHour + minute * kMinute;
    // The offsets in force around this wall time: no zone is more than 14 h
    // from UTC, and none changes twice within a day.
    const Millis before =
        local - static_cast<Millis>(clock.utc_offset_minutes(local - kDay)) * kMinute;
    const Millis after =
        local - static_cast<Millis>(clock.utc_offset_minutes(local + kDay)) * kMinute;
    const auto reads_as_local = [&](Millis t) { return to_local(t, clock) == local; };
    // When the clocks go back the wall time comes twice: the first is meant
    // (01:30 on the night of the change is the one before it).
    const Millis earlier = std::min(before, after), later = std::max(before, after);
    if (reads_as_local(earlier)) return earlier;
    if (reads_as_local(later)) return later;
    // When they go forward it never comes (02:30 when 02:00 becomes 03:00):
    // the same distance past the change, as a wall clock moved on would read
    // it (03:30), which is also what the browser's Date and mktime do.
    return before;
}

Millis start_of_day(LocalDate date, const Clock& clock) {
    return at_time(date, 0, 0, clock);
}

std::optional<Millis> parse_local(const std::string& date, const std::string& time,
                                  const Clock& clock) {
    int y = 0, mo = 0, d = 0;
    char tail = 0;
    if (std::sscanf(date.c_str(), "%4d-%2d-%2d%c", &y, &mo, &d, &tail) != 3) return std::nullopt;
    const auto minutes = parse_time(time); // 14:30 or 2:30 PM
    if (!minutes) return std::nullopt;
    return local_instant(y, mo, d, *minutes / 60, *minutes % 60, clock);
}

std::string local_date_text(Millis t, const Clock& clock) {
    return date_text(local_date(t, clock));
}

std::optional<LocalDate> parse_date(const std::string& text) {
    int y = 0, m = 0, d = 0;
    char tail = 0;
    if (std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) return std::nullopt;
    if (y < 1970 || y > 9999 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
    return LocalDate{y, m, d};
}

std::string date_text(LocalDate d) {
    char text[48];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", d.year, d.month, d.day);
    return text;
}

std::optional<int> parse_time(const std::string& text) {
    // Hours, optional ":minutes", then optional am/pm (any case, spaced or not).
    size_t i = 0;
    auto digits = [&](int most) -> std::optional<int> {
        int value = 0, count = 0;
        while (i < text.size() && count < most &&
               std::isdigit(static_cast<unsigned char>(text[i]))) {
            value = value * 10 + (text[i++] - '0');
            ++count;
        }
        return count ? std::optional<int>(value) : std::nullopt;
    };
    const auto h = digits(2);
    if (!h) return std::nullopt;
    int m = 0;
    bool has_minutes = false;
    if (i < text.size() && text[i] == ':') {
        ++i;
        const auto minutes = digits(2);
        if (!minutes || *minutes > 59) return std::nullopt;
        m = *minutes;
        has_minutes = true;
    }
    while (i < text.size() && text[i] == ' ')
        ++i;
    std::string rest;
    for (; i < text.size(); ++i)
        if (text[i] != '.')
            rest += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
    if (rest.empty()) {
        if (!has_minutes || *h > 23) return std::nullopt;
        return *h * 60 + m;
    }
    const bool am = rest == "am" || rest == "a";
    const bool pm = rest == "pm" || rest == "p";
    if ((!am && !pm) || *h < 1 || *h > 12) return std::nullopt;
    return (*h % 12 + (pm ? 12 : 0)) * 60 + m;
}

std::string time_text(int minutes, HourClock hours) {
    minutes = ((minutes % 1440) + 1440) % 1440;
    char text[24];
    const int h = minutes / 60, m = minutes % 60;
    if (hours == HourClock::Twelve)
        std::snprintf(text, sizeof text, "%d:%02d %s", h % 12 == 0 ? 12 : h % 12, m,
                      h < 12 ? "AM" : "PM");
    else
        std::snprintf(text, sizeof text, "%02d:%02d", h, m);
    return text;
}

std::string local_time_text(Millis t, const Clock& clock, HourClock hours) {
    const Millis local = t + static_cast<Millis>(clock.utc_offset_minutes(t)) * kMinute;
    const Millis in_day = ((local % kDay) + kDay) % kDay;
    return time_text(static_cast<int>(in_day / kMinute), hours);
}

Millis start_of_local_day(Millis t, const Clock& clock) {
    // Not `t` less the hours since midnight: a day when the clocks change
    // is 23 or 25 hours long.
    return start_of_day(local_date(t, clock), clock);
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
