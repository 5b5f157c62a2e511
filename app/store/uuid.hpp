#pragma once
// Random (version 4) UUIDs from the operating system's random source.
#include <string>

namespace rapport::store {

std::string new_uuid();

} // namespace rapport::store
