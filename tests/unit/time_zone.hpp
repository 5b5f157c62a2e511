#pragma once
// A test's time zone: TZ set for the process (and re-read) while it lives,
// the previous one put back after. With core::ManualLocalClock a test
// chooses both the instant and the place, daylight-saving changes included.
#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

namespace rapport::testing {

class ScopedTimeZone {
  public:
    explicit ScopedTimeZone(const char* zone) {
        if (const char* old = std::getenv("TZ")) previous_ = old;
        ::setenv("TZ", zone, 1);
        ::tzset();
    }
    ~ScopedTimeZone() {
        if (previous_)
            ::setenv("TZ", previous_->c_str(), 1);
        else
            ::unsetenv("TZ");
        ::tzset();
    }
    ScopedTimeZone(const ScopedTimeZone&) = delete;
    ScopedTimeZone& operator=(const ScopedTimeZone&) = delete;

  private:
    std::optional<std::string> previous_;
};

} // namespace rapport::testing
