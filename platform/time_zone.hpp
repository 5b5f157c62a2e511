#pragma once
// The zone this device keeps time in, by its IANA name ("America/Chicago"):
// what Rapport writes its calendar events in and reads floating times in.
// The desktop reads TZ, then /etc/localtime's link, then /etc/timezone; the
// browser asks Intl. Empty when nothing names one (UTC).
#include <string>

namespace rapport::platform {

std::string home_zone_name();

} // namespace rapport::platform
