// The person's zone by name, from TZ as the desktop sets it in its forms.
#include "platform/time_zone.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <optional>
#include <string>

namespace {

// Sets TZ for one check and puts it back.
std::string zone_with_tz(const char* tz) {
    const char* was = std::getenv("TZ");
    const std::optional<std::string> saved = was ? std::optional<std::string>(was) : std::nullopt;
    setenv("TZ", tz, 1);
    std::string zone = rapport::platform::home_zone_name();
    if (saved)
        setenv("TZ", saved->c_str(), 1);
    else
        unsetenv("TZ");
    return zone;
}

} // namespace

TEST_CASE("the zone is named as TZ names it, and UTC by any name is no zone") {
    CHECK(zone_with_tz("America/Chicago") == "America/Chicago");
    CHECK(zone_with_tz(":Europe/Berlin") == "Europe/Berlin");
    CHECK(zone_with_tz("/usr/share/zoneinfo/Asia/Kolkata") == "Asia/Kolkata");
    CHECK(zone_with_tz("Etc/UTC").empty());
    CHECK(zone_with_tz(":/usr/share/zoneinfo/UTC").empty());
    CHECK(zone_with_tz("CST6CDT").empty()); // a POSIX rule: no name to write
}
