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
};

class SystemClock final : public Clock {
  public:
    Millis now() const override;
};

// A clock tests set and advance by hand.
class ManualClock final : public Clock {
  public:
    explicit ManualClock(Millis start) : now_(start) {}
    Millis now() const override { return now_; }
    void set(Millis t) { now_ = t; }
    void advance(Millis by) { now_ += by; }

  private:
    Millis now_;
};

constexpr Millis kSecond = 1000;
constexpr Millis kMinute = 60 * kSecond;
constexpr Millis kHour = 60 * kMinute;
constexpr Millis kDay = 24 * kHour;

} // namespace rapport::core
