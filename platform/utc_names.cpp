#include "platform/time_zone.hpp"

// Shared by the desktop's and the browser's home_zone_name().
namespace rapport::platform {

std::string unless_utc(std::string_view name) {
    for (std::string_view utc : {"UTC", "Etc/UTC", "Etc/UCT", "UCT", "GMT", "Etc/GMT", "Etc/GMT0",
                                 "Etc/Universal", "Universal", "Etc/Zulu", "Zulu"})
        if (name == utc) return {};
    return std::string(name);
}

} // namespace rapport::platform
