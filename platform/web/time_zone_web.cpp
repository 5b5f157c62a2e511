#include "platform/time_zone.hpp"

#include <emscripten.h>

#include <cstdlib>
#include <memory>

namespace rapport::platform {
namespace {

// clang-format off
EM_JS(char*, intl_time_zone, (), {
    let name = "";
    try {
        name = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    } catch (e) {
    }
    const size = lengthBytesUTF8(name) + 1;
    const text = _malloc(size);
    stringToUTF8(name, text, size);
    return text;
});
// clang-format on

} // namespace

std::string home_zone_name() {
    const std::unique_ptr<char, decltype(&std::free)> name(intl_time_zone(), &std::free);
    return name ? unless_utc(name.get()) : std::string();
}

} // namespace rapport::platform
