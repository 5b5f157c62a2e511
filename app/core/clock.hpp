#pragma once
// Time comes from a Clock so rules and tests never depend on the wall clock.
#include <cstdint>

namespace rapport::core {

// Milliseconds since the Unix epoch, UTC.
using Millis = std::int64_t;

class Clock {
  public:
    virtual ~Clock() = default;
    virtual Millis now() const = 0;
    // Minutes east of UTC at instant `t` in the user's time zone: business
    // days and "today" follow the user's calendar, not UTC's.
    virtual int utc_offset_minutes(Millis t) const = 0;
};

class SystemClock final : public Clock {
  public:
    Millis now() const override;
    int utc_offset_minutes(Millis t) const override;
};

// A clock tests set and advance by hand, in a fixed time zone.
class ManualClock final : public Clock {
  public:
    explicit ManualClock(Millis start, int utc_offset_minutes = 0)
        : now_(start), offset_(utc_offset_minutes) {}
    Millis now() const override { return now_; }
    int utc_offset_minutes(Millis) const override { return offset_; }
    void set(Millis t) { now_ = t; }
    void advance(Millis by) { now_ += by; }

  private:
    Millis now_;
    int offset_;
};

constexpr Millis kSecond = 1000;
constexpr Millis kMinute = 60 * kSecond;
constexpr Millis kHour = 60 * kMinute;
constexpr Millis kDay = 24 * kHour;

} // namespace rapport::core
