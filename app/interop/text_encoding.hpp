#pragma once
// Text helpers every file format needs: UTF-8 validation and BOM handling.
#include <string>
#include <string_view>

namespace rapport::interop {

// True when `text` is well-formed UTF-8 (no overlongs, no surrogates).
bool is_valid_utf8(std::string_view text);
// `text` without a leading UTF-8 byte-order mark.
std::string_view strip_bom(std::string_view text);

} // namespace rapport::interop
