#include "store/uuid.hpp"

#include <array>
#include <cstdio>
#include <stdexcept>
#include <unistd.h>

namespace rapport::store {

std::string new_uuid() {
    std::array<unsigned char, 16> bytes{};
    // getentropy: the kernel's source on Linux, the browser's crypto on the web.
    if (getentropy(bytes.data(), bytes.size()) != 0)
        throw std::runtime_error("the system random source is unavailable");
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0F) | 0x40); // version 4
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    char text[37];
    std::snprintf(text, sizeof text,
                  "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", bytes[0],
                  bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8],
                  bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]);
    return text;
}

} // namespace rapport::store
