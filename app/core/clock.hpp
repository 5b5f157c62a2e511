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

// Another clock's time zone, stopped at `now`: what a screen read at one
// instant goes on showing. Each instant keeps its own offset, so a time on
// the far side of a daylight-saving change reads as the wall clock will
// show it then. Without a zone, UTC.
class FrozenClock final : public Clock {
  public:
    FrozenClock(Millis now, const Clock* zone) : now_(now), zone_(zone) {}
    Millis now() const override { return now_; }
    int utc_offset_minutes(Millis t) const override {
        return zone_ ? zone_->utc_offset_minutes(t) : 0;
    }

  private:
    Millis now_;
    const Clock* zone_;
};

// A clock tests set and advance by hand, in the process's time zone (the
// TZ environment variable) with its daylight-saving changes: the app's
// real rules, at an instant the test chooses.
class ManualLocalClock final : public Clock {
  public:
    explicit ManualLocalClock(Millis start) : now_(start) {}
    Millis now() const override { return now_; }
    int utc_offset_minutes(Millis t) const override { return system_.utc_offset_minutes(t); }
    void set(Millis t) { now_ = t; }
    void advance(Millis by) { now_ += by; }

  private:
    Millis now_;
    SystemClock system_;
};

constexpr Millis kSecond = 1000;
constexpr Millis kMinute = 60 * kSecond;
constexpr Millis kHour = 60 * kMinute;
constexpr Millis kDay = 24 * kHour;

} // namespace rapport::core
