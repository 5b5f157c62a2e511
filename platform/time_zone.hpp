#pragma once
// The zone this device keeps time in, by its IANA name ("America/Chicago"):
// what Rapport writes its calendar events in and reads floating times in.
// The desktop reads TZ, then /etc/localtime's link, then /etc/timezone; the
// browser asks Intl. Empty when nothing names one, and for UTC itself
// (events are then written with a plain UTC time, not a zone named UTC).
#include <string>
#include <string_view>

namespace rapport::platform {

std::string home_zone_name();
// "" for UTC's many names ("UTC", "Etc/UTC", "GMT", "Zulu"…), else `name`.
std::string unless_utc(std::string_view name);

} // namespace rapport::platform
