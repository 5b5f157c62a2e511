#include "platform/time_zone.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string_view>
#include <system_error>

namespace rapport::platform {
namespace {

// "/usr/share/zoneinfo/America/Chicago" -> "America/Chicago".
std::string after_zoneinfo(std::string_view path) {
    constexpr std::string_view kMark = "zoneinfo/";
    const size_t at = path.find(kMark);
    return at == std::string_view::npos ? std::string()
                                        : std::string(path.substr(at + kMark.size()));
}

} // namespace

std::string home_zone_name() {
    if (const char* tz = std::getenv("TZ"); tz && *tz) {
        std::string_view name(tz);
        if (name.front() == ':') name.remove_prefix(1); // POSIX's "implementation-defined" form
        if (!name.empty() && name.front() == '/') return unless_utc(after_zoneinfo(name));
        // A name, not a POSIX rule such as "CST6CDT" or "UTC0": only names have a file.
        if (name.find('/') != std::string_view::npos) return unless_utc(name);
        return {};
    }
    std::error_code error;
    const auto target = std::filesystem::read_symlink("/etc/localtime", error);
    if (!error) {
        if (std::string name = after_zoneinfo(target.string()); !name.empty())
            return unless_utc(name);
    }
    std::ifstream file("/etc/timezone");
    std::string name;
    std::getline(file, name);
    return unless_utc(name);
}

} // namespace rapport::platform
